import type { Catalog, CatalogEvent, ConsumerEdge, EventVersion } from '../model';
import { matchesPattern } from './field-path';
import type { ConsumerOverride, ScenarioSpec } from './scenario-spec';
import type {
  EmitSchedule,
  LatencyDistribution,
  SimChannel,
  SimEventType,
  SimEventVersion,
  SimProducer,
  SimSubscription,
  SimulationModel,
} from './simulation-model';

const DEFAULT_LATENCY: LatencyDistribution = { kind: 'lognormal', medianMs: 5, sigma: 0.5 };
const DEFAULT_RATE = { perSecond: 10, count: 20 };
/** Accepts anything: an event with no versions still flows. */
const PERMISSIVE_VERSION: SimEventVersion = { number: 1, label: '1', format: 'json-schema', schema: '{}', examples: [{}] };

/**
 * Turn a catalog (or one flow of it) plus a scenario into a simulation model:
 * channels and partitions, event versions, producers, one subscription per
 * consumer edge (edges recording the same `extras.subscription` wildcard become
 * one wildcard subscription), retry policies, dead-letter channels, idempotency
 * keys and pinned versions come from the catalog; the scenario adds rates,
 * latencies, failures, reactions and faults by names. Throws when a scenario
 * override names nothing in scope (a typo would otherwise be silently ignored).
 *
 * @example
 * const model = buildSimulationModel(catalog, flow.id, {
 *   seed: 7,
 *   reactions: [{ on: 'OrderCreated', consumer: 'Inventory Service', emit: 'InventoryReserved', mapping: { orderId: '/orderId' } }],
 * });
 */
export function buildSimulationModel(catalog: Catalog, flowId: string | null, scenario: ScenarioSpec = {}): SimulationModel {
  const scope = flowScope(catalog, flowId);
  const serviceName = new Map(catalog.services.map((s) => [s.id, s.name]));
  const channelById = new Map(catalog.channels.map((c) => [c.id, c]));
  const channels = new Map<string, SimChannel>();
  const channelNameFor = (id: string | null): string | null => {
    const ch = id === null ? undefined : channelById.get(id);
    if (!ch) return null;
    if (!channels.has(ch.name)) channels.set(ch.name, { name: ch.name, partitions: Math.max(1, ch.partitions) });
    return ch.name;
  };

  const events = catalog.events.filter((e) => scope.events(e.id));
  const eventById = new Map(events.map((e) => [e.id, e]));
  const producerEdges = catalog.producers.filter((p) => scope.services(p.serviceId) && eventById.has(p.eventId));
  const consumerEdges = catalog.consumers.filter((c) => scope.services(c.serviceId) && eventById.has(c.eventId));

  const simEvents: SimEventType[] = events.map((e) => {
    const home =
      channelNameFor(e.channelId) ??
      channelNameFor(producerEdges.find((p) => p.eventId === e.id && p.channelId)?.channelId ?? null) ??
      channelNameFor(consumerEdges.find((c) => c.eventId === e.id && c.channelId)?.channelId ?? null) ??
      implicitChannel(e, channels, scenario.defaultPartitions ?? 1);
    return {
      name: e.name,
      channel: home,
      partitionKey: e.partitionKey,
      versions: versionsOf(e, catalog.versions),
      ...(e.contentType ? { contentType: e.contentType } : {}),
    };
  });
  const eventName = (id: string): string => (eventById.get(id) as CatalogEvent).name;

  const subscriptions = subscriptionsOf(consumerEdges, serviceName, eventName, channelNameFor, scenario.defaultLatency ?? DEFAULT_LATENCY);
  for (const extra of scenario.subscriptions ?? []) {
    subscriptions.push({ ...defaultSubscription(extra.consumer, extra.pattern, scenario.defaultLatency ?? DEFAULT_LATENCY), ...extra });
  }
  for (const o of scenario.consumers ?? []) applyConsumerOverride(subscriptions, o);
  for (const s of subscriptions) if (s.deadLetterChannel && !channels.has(s.deadLetterChannel)) channels.set(s.deadLetterChannel, { name: s.deadLetterChannel, partitions: 1 });

  const reactions = scenario.reactions ?? [];
  const reactionTargets = new Set(reactions.flatMap((r) => [`${r.consumer}\u0000${r.emit}`, ...(r.otherwise ? [`${r.consumer}\u0000${r.otherwise.emit}`] : [])]));
  const producers: SimProducer[] = producerEdges.map((p) => {
    const service = serviceName.get(p.serviceId) ?? p.serviceId;
    const event = eventName(p.eventId);
    const schedule: EmitSchedule = reactionTargets.has(`${service}\u0000${event}`) ? { kind: 'on-demand' } : { kind: 'rate', ...(scenario.defaultRate ?? DEFAULT_RATE) };
    return { service, event, schedule };
  });
  for (const o of scenario.producers ?? []) {
    const p = producers.find((x) => x.service === o.service && x.event === o.event);
    if (!p) throw new Error(`Scenario producer override matches no producer in scope: ${o.service} → ${o.event}`);
    if (o.onDemand) p.schedule = { kind: 'on-demand' };
    else if (o.perSecond !== undefined || o.count !== undefined || o.startMs !== undefined || o.arrival !== undefined) {
      const base = p.schedule.kind === 'rate' ? p.schedule : { kind: 'rate' as const, ...(scenario.defaultRate ?? DEFAULT_RATE) };
      p.schedule = {
        kind: 'rate',
        perSecond: o.perSecond ?? base.perSecond,
        count: o.count ?? base.count,
        ...(o.startMs !== undefined ? { startMs: o.startMs } : {}),
        ...(o.arrival !== undefined ? { arrival: o.arrival } : {}),
      };
    }
    if (o.version !== undefined) p.version = o.version;
    if (o.keyCardinality !== undefined) p.keyCardinality = o.keyCardinality;
  }

  return {
    seed: scenario.seed ?? 1,
    channels: [...channels.values()],
    events: simEvents,
    producers,
    subscriptions,
    reactions,
    faults: scenario.faults ?? [],
    injections: scenario.injections ?? [],
    limits: scenario.limits ?? {},
    validate: scenario.validate ?? true,
    freshIds: scenario.freshIds ?? true,
  };
}

interface Scope {
  services: (id: string) => boolean;
  events: (id: string) => boolean;
}

function flowScope(catalog: Catalog, flowId: string | null): Scope {
  if (flowId === null) return { services: () => true, events: () => true };
  const flow = catalog.flows.find((f) => f.id === flowId || f.slug === flowId);
  if (!flow) throw new Error(`Unknown flow "${flowId}"`);
  const services = new Set(flow.nodes.filter((n) => n.kind === 'service').map((n) => n.refId));
  const events = new Set(flow.nodes.filter((n) => n.kind === 'event').map((n) => n.refId));
  return { services: (id) => services.has(id), events: (id) => events.has(id) };
}

function implicitChannel(e: CatalogEvent, channels: Map<string, SimChannel>, partitions: number): string {
  const name = `(implicit) ${e.name}`;
  if (!channels.has(name)) channels.set(name, { name, partitions: Math.max(1, partitions) });
  return name;
}

function versionsOf(e: CatalogEvent, all: EventVersion[]): SimEventVersion[] {
  const versions = all
    .filter((v) => v.eventId === e.id)
    .sort((a, b) => a.number - b.number)
    .map((v) => ({ number: v.number, label: v.label, format: v.format, schema: v.schema, examples: v.examples }));
  return versions.length > 0 ? versions : [PERMISSIVE_VERSION];
}

function subscriptionsOf(
  edges: ConsumerEdge[],
  serviceName: Map<string, string>,
  eventName: (id: string) => string,
  channelNameFor: (id: string | null) => string | null,
  latency: LatencyDistribution,
): SimSubscription[] {
  const out: SimSubscription[] = [];
  const wildcards = new Set<string>();
  for (const edge of edges) {
    const consumer = serviceName.get(edge.serviceId) ?? edge.serviceId;
    const wildcard = typeof edge.extras.subscription === 'string' ? edge.extras.subscription : null;
    if (wildcard !== null) {
      const key = `${consumer}\u0000${wildcard}`;
      if (wildcards.has(key)) continue;
      wildcards.add(key);
    }
    const dlq = channelNameFor(edge.deadLetterChannelId);
    out.push({
      ...defaultSubscription(consumer, wildcard ?? eventName(edge.eventId), latency),
      ...(edge.consumerGroup ? { consumerGroup: edge.consumerGroup } : {}),
      retry: edge.retryPolicy,
      deadLetterChannel: dlq,
      idempotency: { enabled: edge.idempotencyKey !== null, key: edge.idempotencyKey },
      pinnedVersion: edge.pinnedVersion,
    });
  }
  return out;
}

function defaultSubscription(consumer: string, pattern: string, latency: LatencyDistribution): SimSubscription {
  return {
    consumer,
    pattern,
    latency,
    failureProbability: 0,
    retry: null,
    deadLetterChannel: null,
    idempotency: { enabled: false, key: null },
    pinnedVersion: null,
  };
}

function applyConsumerOverride(subscriptions: SimSubscription[], o: ConsumerOverride): void {
  const matches = subscriptions.filter(
    (s) => s.consumer === o.service && (o.event === undefined || o.event === s.pattern || (!s.pattern.includes('*') && matchesPattern(o.event, s.pattern))),
  );
  if (matches.length === 0) throw new Error(`Scenario consumer override matches no subscription in scope: ${o.event ?? '*'} → ${o.service}`);
  for (const s of matches) {
    if (o.latency) s.latency = o.latency;
    if (o.failureProbability !== undefined) s.failureProbability = o.failureProbability;
    if (o.concurrency !== undefined) s.concurrency = o.concurrency;
    if (o.retry !== undefined) s.retry = o.retry;
    if (o.deadLetterChannel !== undefined) s.deadLetterChannel = o.deadLetterChannel;
    if (o.idempotency !== undefined) s.idempotency = { enabled: o.idempotency, key: o.idempotencyKey ?? s.idempotency.key };
    else if (o.idempotencyKey !== undefined) s.idempotency = { enabled: o.idempotencyKey !== null, key: o.idempotencyKey };
    if (o.pinnedVersion !== undefined) s.pinnedVersion = o.pinnedVersion;
    if (o.onViolation) s.onViolation = o.onViolation;
  }
}
