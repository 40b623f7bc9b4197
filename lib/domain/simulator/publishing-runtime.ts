import type { CompiledModel } from './compile-model';
import { SimEnvelope } from './envelope';
import { EventQueue } from './event-queue';
import { readField } from './field-path';
import type { ViolationSample } from './metrics';
import { malformPayload, PayloadSource, withFreshIds } from './payloads';
import type { RtEventType, RtGroup, RtProducerEdge, RtRoute } from './runtime-model';
import type { SimEventVersion } from './simulation-model';
import { TraceLog, type TraceKind } from './trace-log';

/** Agenda item kinds. */
export const PRODUCE = 0;
export const COMPLETE = 1;
export const RETRY = 2;
export const PUBLISH = 3;
export const RESUME = 4;
export const INJECT = 5;

/**
 * The publishing half of a run: envelopes, faults, partitioning and hand-off to
 * consumer groups. Split from delivery (`DeliveryRuntime`) and the stepping API
 * (`Simulation`) only to keep files small; one concrete class results.
 */
export abstract class PublishingRuntime {
  protected readonly agenda = new EventQueue();
  protected readonly violationSamples: ViolationSample[] = [];
  protected readonly trace: TraceLog;
  protected now = 0;
  protected nextId = 0;
  protected truncated = false;

  constructor(
    protected readonly c: CompiledModel,
    protected readonly seed: number,
    protected readonly maxEvents: number,
    traceCap: number,
    private readonly freshIds: boolean,
  ) {
    this.trace = new TraceLog(traceCap);
  }

  /** Deliver the head of a partition and start processing it (see DeliveryRuntime). */
  protected abstract startNext(g: RtGroup, p: number): void;

  protected payloadFor(edge: RtProducerEdge): unknown {
    if (edge.payloads === null) {
      edge.payloads = new PayloadSource(edge.version, (this.seed ^ Math.imul(edge.event + 1, 0x9e3779b1)) >>> 0);
    }
    return this.freshIds ? withFreshIds(edge.payloads.next(), this.nextId + 1) : edge.payloads.next();
  }

  /** Create the envelope, apply faults, publish (now or after a delay). */
  protected emit(edgeIdx: number, data: unknown, parent: SimEnvelope | null, delayMs: number): void {
    if (this.nextId >= this.maxEvents) {
      this.truncated = true;
      return;
    }
    const edge = this.c.producerEdges[edgeIdx] as RtProducerEdge;
    const event = edge.event;
    const version = edge.version;
    const ev = this.c.events[event] as RtEventType;
    const id = `evt-${++this.nextId}`;
    const env = new SimEnvelope(
      id,
      ev.name,
      edge.service,
      this.now + delayMs,
      ev.contentType,
      edge.schemaUri,
      version.label,
      parent === null ? null : parent.correlationid,
      parent === null ? null : parent.id,
      data,
      event,
      version.number,
    );
    edge.emitted++;
    ev.published++;
    if (ev.faults.length > 0 && this.applyFaults(env, version)) return;
    if (delayMs > 0) this.agenda.push(env.vms, PUBLISH, ev.channel, env);
    else this.publish(env, ev.channel);
  }

  /** Returns true when the fault took over publication (e.g. held back). */
  protected applyFaults(env: SimEnvelope, version: SimEventVersion): boolean {
    const ev = this.c.events[env.typeIdx];
    if (!ev) return false;
    let heldBack = false;
    let duplicate = false;
    for (const fi of ev.faults) {
      const f = this.c.faults[fi];
      if (!f || env.vms < f.fromMs || env.vms >= f.toMs) continue;
      if (f.probability < 1 && this.c.faultRng.next() >= f.probability) continue;
      f.applied++;
      if (f.kind === 'malformed') {
        env.data = malformPayload(version, env.data);
        env.malformed = true;
      } else if (f.kind === 'duplicate') duplicate = true;
      else heldBack = true;
      this.record('fault', env, env.source, null, null, null, f.kind);
    }
    if (heldBack) {
      const f = this.c.faults.find((x, i) => x.kind === 'out-of-order' && ev.faults.includes(i));
      const delay = this.c.faultRng.next() * (f?.maxDelayMs ?? 100);
      this.agenda.push(env.vms + delay, PUBLISH, ev.channel, env);
      if (duplicate) this.agenda.push(env.vms + delay, PUBLISH, ev.channel, env);
      return true;
    }
    if (duplicate) {
      this.publish(env, ev.channel);
      this.publish(env, ev.channel);
      return true;
    }
    return false;
  }

  /** Put the envelope on a channel partition and hand it to every subscribed group. */
  protected publish(env: SimEnvelope, channel: number): void {
    const ch = this.c.channels[channel];
    const ev = this.c.events[env.typeIdx];
    if (!ch || !ev) return;
    ch.published++;
    let partition: number;
    if (ev.keyPath !== null) {
      const key = readField(env.data, ev.keyPath);
      if (key === undefined || key === null) partition = ch.cursor++ % ch.partitions;
      else {
        const k = typeof key === 'string' ? key : String(key);
        env.partitionkey = k;
        partition = hashString(k) % ch.partitions;
      }
    } else partition = ch.cursor++ % ch.partitions;
    if (this.trace.enabled) this.record('publish', env, env.source, ch.name, partition, null, null);
    const routes = this.c.fanout[env.typeIdx * this.c.channels.length + channel];
    if (routes === undefined) return;
    for (let i = 0; i < routes.length; i++) {
      const route = this.c.routes[routes[i] as number] as RtRoute;
      const g = this.c.groups[route.group] as RtGroup;
      (g.queues[partition] as { push(e: SimEnvelope): void }).push(env);
      if (++g.depth > g.maxDepth) g.maxDepth = g.depth;
      if (++route.pending > route.maxPending) route.maxPending = route.pending;
      if (g.busy[partition] === 0 && g.queued[partition] === 0) {
        g.queued[partition] = 1;
        g.ready.push(partition);
        this.drain(g);
      }
    }
  }

  /** Start ready partitions while the group has free workers and is not in an outage. */
  protected drain(g: RtGroup): void {
    while (g.ready.size > 0 && g.inFlight < g.concurrency) {
      if (g.outages.length > 0 && this.pausedUntil(g) > 0) return;
      const p = g.ready.shift() as number;
      g.queued[p] = 0;
      this.startNext(g, p);
    }
  }

  protected pausedUntil(g: RtGroup): number {
    for (const [from, to] of g.outages) {
      if (this.now >= from && this.now < to) {
        if (g.resumeAt !== to) {
          g.resumeAt = to;
          this.agenda.push(to, RESUME, this.c.groups.indexOf(g), null);
        }
        return to;
      }
    }
    return 0;
  }

  /** Deliver the head of a partition to the consumer (validate, dedupe) and start processing it. */

  protected record(kind: TraceKind, env: SimEnvelope, service: string, g: RtGroup | string | null, partition: number | null, attempt: number | null, detail: string | null): void {
    if (!this.trace.enabled) return;
    const channel = g === null ? null : typeof g === 'string' ? g : (this.c.channels[g.channel]?.name ?? null);
    this.trace.add(
      { timeMs: this.now, kind, eventId: env.id, correlationId: env.correlationid, type: env.type, service, channel, partition, attempt, detail },
      env,
    );
  }
}

/** FNV-1a, 32-bit: stable partition choice for a key. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
