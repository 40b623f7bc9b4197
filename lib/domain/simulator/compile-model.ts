import { ContractChecker } from './contract-check';
import { compileFieldPath, matchesPattern } from './field-path';
import { Fifo } from './fifo';
import { deriveRandom } from './rng';
import {
  newRoute,
  type RtChannel,
  type RtEmission,
  type RtEventType,
  type RtFault,
  type RtGroup,
  type RtProducer,
  type RtProducerEdge,
  type RtReaction,
  type RtRoute,
  type RtSubscription,
} from './runtime-model';
import type { SimEmission, SimEventVersion, SimulationModel } from './simulation-model';

export interface CompiledModel {
  channels: RtChannel[];
  events: RtEventType[];
  producerEdges: RtProducerEdge[];
  producers: RtProducer[];
  subscriptions: RtSubscription[];
  groups: RtGroup[];
  routes: RtRoute[];
  /** Route indexes per (event type, channel): `fanout[event * channels.length + channel]`. */
  fanout: Int32Array[];
  groupOfPartition: Int32Array;
  faults: RtFault[];
  /** The producer edge (service → event), created when first asked for (on-demand injections). */
  edgeOf: (service: string, event: number, version?: number) => number;
  faultRng: ReturnType<typeof deriveRandom>;
}

/**
 * Resolve names to indexes, precompute subscription fan-out per (event, channel),
 * compile validators once, and allocate the per-partition queues.
 * Throws on references to unknown channels or events.
 *
 * @example
 * const compiled = compileModel(model, { validate: true });
 */
export function compileModel(model: SimulationModel, options: { validate: boolean }): CompiledModel {
  const channelIdx = new Map<string, number>();
  const channels: RtChannel[] = model.channels.map((c, i) => {
    channelIdx.set(c.name, i);
    return { name: c.name, partitions: Math.max(1, Math.floor(c.partitions)), published: 0, deadLettered: 0, cursor: 0 };
  });
  const channelOf = (name: string): number => {
    const idx = channelIdx.get(name);
    if (idx === undefined) throw new Error(`Unknown channel "${name}"`);
    return idx;
  };

  const eventIdx = new Map<string, number>();
  const events: RtEventType[] = model.events.map((e, i) => {
    eventIdx.set(e.name, i);
    const latest = e.versions[e.versions.length - 1];
    if (!latest) throw new Error(`Event "${e.name}" has no versions`);
    const produced = e.producedVersion === undefined ? latest : findVersion(e.versions, e.producedVersion, e.name);
    return {
      name: e.name,
      channel: channelOf(e.channel),
      keyPath: e.partitionKey ? compileFieldPath(e.partitionKey) : null,
      contentType: e.contentType ?? (latest.format === 'avro' ? 'avro/json' : 'application/json'),
      versions: e.versions,
      defaultVersion: produced,
      faults: [],
      published: 0,
    };
  });
  const eventOf = (name: string): number => {
    const idx = eventIdx.get(name);
    if (idx === undefined) throw new Error(`Unknown event "${name}"`);
    return idx;
  };

  const producerEdges: RtProducerEdge[] = [];
  const edgeIdx = new Map<string, number>();
  const edgeOf = (service: string, event: number, version?: number): number => {
    const key = `${service}\u0000${event}`;
    let idx = edgeIdx.get(key);
    if (idx === undefined) {
      const ev = events[event] as RtEventType;
      idx = producerEdges.length;
      edgeIdx.set(key, idx);
      const v = version === undefined ? ev.defaultVersion : findVersion(ev.versions, version, ev.name);
      producerEdges.push({ service, event, version: v, schemaUri: `urn:eventflow:schema:${ev.name}:${v.label}`, payloads: null, emitted: 0 });
    }
    return idx;
  };

  const producers: RtProducer[] = [];
  model.producers.forEach((p, i) => {
    const edge = edgeOf(p.service, eventOf(p.event), p.version);
    if (p.schedule.kind !== 'rate') return;
    producers.push({
      edge,
      perSecond: p.schedule.perSecond,
      remaining: Math.max(0, Math.floor(p.schedule.count)),
      startMs: p.schedule.startMs ?? 0,
      poisson: p.schedule.arrival === 'poisson',
      keyCardinality: p.keyCardinality ?? 0,
      keyTemplate: undefined,
      sent: 0,
      rng: deriveRandom(model.seed, 1000 + i),
    });
  });

  const subscriptions: RtSubscription[] = model.subscriptions.map((s, i) => ({
    consumer: s.consumer,
    pattern: s.pattern,
    latency: s.latency,
    failureProbability: s.failureProbability,
    maxAttempts: Math.max(1, s.retry?.maxAttempts ?? 1),
    backoffMs: s.retry?.backoffMs ?? 0,
    multiplier: s.retry?.multiplier ?? 1,
    deadLetterChannel: s.deadLetterChannel ? channelOf(s.deadLetterChannel) : -1,
    idempotent: s.idempotency.enabled,
    idempotencyPath: s.idempotency.key ? compileFieldPath(s.idempotency.key) : null,
    seen: new Set<string>(),
    pinnedVersion: s.pinnedVersion,
    deadLetterViolations: s.onViolation === 'dead-letter',
    rng: deriveRandom(model.seed, 2000 + i),
  }));

  const compileEmission = (consumer: string, e: SimEmission): RtEmission => {
    const event = eventOf(e.emit);
    const entries = Object.entries(e.mapping ?? {});
    return {
      event,
      edge: edgeOf(consumer, event),
      targets: entries.map(([target]) => compileFieldPath(target)),
      sources: entries.map(([, src]) => (typeof src === 'string' ? compileFieldPath(src) : null)),
      constants: entries.map(([, src]) => (typeof src === 'string' ? undefined : src.const)),
      delayMs: e.delayMs ?? 0,
    };
  };
  const reactions = model.reactions.map((r) => ({
    on: r.on,
    consumer: r.consumer,
    compiled: {
      condition: r.when ?? null,
      conditionPath: r.when?.kind === 'field' ? compileFieldPath(r.when.path) : null,
      main: compileEmission(r.consumer, r),
      otherwise: r.otherwise ? compileEmission(r.consumer, r.otherwise) : null,
    } satisfies RtReaction,
  }));

  // Groups and routes for every (event, channel) pair an event can travel on: its own channel and any DLQ.
  const checker = options.validate ? new ContractChecker() : null;
  const dlqChannels = [...new Set(subscriptions.map((s) => s.deadLetterChannel).filter((c) => c >= 0))];
  const groups: RtGroup[] = [];
  const groupIdx = new Map<string, number>();
  const routes: RtRoute[] = [];
  const fanout: Int32Array[] = new Array(events.length * channels.length);
  let partitionCount = 0;
  events.forEach((ev, e) => {
    const onChannels = [ev.channel, ...dlqChannels.filter((c) => c !== ev.channel)];
    for (const c of onChannels) {
      const list: number[] = [];
      model.subscriptions.forEach((spec, s) => {
        const onThis = spec.channel ? channelOf(spec.channel) === c : c === ev.channel;
        if (!onThis || !matchesPattern(spec.pattern, ev.name)) return;
        const groupName = spec.consumerGroup ?? spec.consumer;
        const key = `${spec.consumer}\u0000${groupName}\u0000${c}`;
        let g = groupIdx.get(key);
        if (g === undefined) {
          g = groups.length;
          groupIdx.set(key, g);
          const partitions = (channels[c] as RtChannel).partitions;
          groups.push(newGroup(groupName, spec.consumer, c, partitions, spec.concurrency, events.length, partitionCount));
          partitionCount += partitions;
        }
        const group = groups[g] as RtGroup;
        if (group.routeByEvent[e] !== -1) return; // first matching subscription of a group handles it
        const route = newRoute(e, s, g);
        const sub = subscriptions[s] as RtSubscription;
        const pinned = sub.pinnedVersion === null ? ev.versions[ev.versions.length - 1] : ev.versions.find((v) => v.number === sub.pinnedVersion);
        route.pinnedLabel = pinned?.label ?? null;
        if (checker && pinned) route.validator = checker.validatorFor(ev.name, pinned);
        route.reactions = reactions.filter((r) => r.consumer === spec.consumer && matchesPattern(r.on, ev.name)).map((r) => r.compiled);
        group.routeByEvent[e] = routes.length;
        list.push(routes.length);
        routes.push(route);
      });
      fanout[e * channels.length + c] = Int32Array.from(list);
    }
  });

  const groupOfPartition = new Int32Array(partitionCount);
  groups.forEach((g, i) => groupOfPartition.fill(i, g.partitionBase, g.partitionBase + g.queues.length));
  for (const f of model.faults) {
    if (f.kind !== 'outage') continue;
    for (const g of groups) if (g.consumer === f.consumer) g.outages.push([f.fromMs, f.toMs]);
  }

  const faults: RtFault[] = [];
  for (const f of model.faults) {
    if (f.kind === 'outage') continue;
    const idx = faults.length;
    faults.push({
      kind: f.kind,
      fromMs: f.fromMs ?? 0,
      toMs: f.toMs ?? Infinity,
      probability: f.probability ?? (f.kind === 'out-of-order' ? 0.5 : 1),
      maxDelayMs: f.kind === 'out-of-order' ? (f.maxDelayMs ?? 100) : 0,
      applied: 0,
    });
    events.forEach((ev) => {
      if (matchesPattern(f.event, ev.name)) ev.faults.push(idx);
    });
  }

  return {
    channels,
    events,
    producerEdges,
    producers,
    subscriptions,
    groups,
    routes,
    fanout,
    groupOfPartition,
    faults,
    edgeOf,
    faultRng: deriveRandom(model.seed, 3),
  };
}

function newGroup(
  name: string,
  consumer: string,
  channel: number,
  partitions: number,
  concurrency: number | undefined,
  eventCount: number,
  partitionBase: number,
): RtGroup {
  return {
    name,
    consumer,
    channel,
    concurrency: Math.max(1, Math.min(partitions, concurrency ?? partitions)),
    inFlight: 0,
    queues: Array.from({ length: partitions }, () => new Fifo()),
    busy: new Uint8Array(partitions),
    queued: new Uint8Array(partitions),
    attempt: new Int32Array(partitions),
    ready: new Fifo<number>(),
    routeByEvent: new Int32Array(eventCount).fill(-1),
    partitionBase,
    outages: [],
    resumeAt: -1,
    depth: 0,
    maxDepth: 0,
  };
}

function findVersion(versions: SimEventVersion[], number: number, event: string): SimEventVersion {
  const v = versions.find((x) => x.number === number);
  if (!v) throw new Error(`Event "${event}" has no version ${number}`);
  return v;
}
