import { compileModel, type CompiledModel } from './compile-model';
import { SimEnvelope } from './envelope';
import { readField, writeField } from './field-path';
import { buildResult, buildSnapshot, type SimulationResult, type SimulationSnapshot } from './metrics';
import { malformPayload, PayloadSource } from './payloads';
import { sampleLatency } from './rng';
import type { RtEmission, RtGroup, RtReaction, RtRoute } from './runtime-model';
import type { SimEventVersion, SimulationModel } from './simulation-model';
import { TraceLog, type TraceKind, type TraceNode, type TraceRecord } from './trace-log';

const PRODUCE = 0;
const COMPLETE = 1;
const RETRY = 2;
const PUBLISH = 3;
const RESUME = 4;
const INJECT = 5;

export interface SimulationOptions {
  /** Override `model.validate`; false skips per-hop contract checks. */
  validate?: boolean;
  /** Trace records kept (a ring of the latest); 0 turns tracing off. Default 10,000. */
  traceCap?: number;
  /** Called every `progressEvery` processed agenda items during `run`. */
  onProgress?: (snapshot: SimulationSnapshot) => void;
  progressEvery?: number;
}

interface PendingInjection {
  event: number;
  source: string;
  payload: unknown;
  remaining: number;
  intervalMs: number;
}

import { EventQueue } from './event-queue';

/**
 * A steppable discrete-event run over a simulation model: a Web Worker can
 * `step`, `runUntil` and `snapshot` between frames; `runSimulation` runs it through.
 *
 * @example
 * const sim = createSimulation(model);
 * sim.runUntil(1000);
 * sim.snapshot().progress;
 * sim.run();
 * sim.result().totals.deliveries;
 */
export class Simulation {
  readonly model: SimulationModel;
  private readonly c: CompiledModel;
  private readonly agenda = new EventQueue();
  private readonly trace: TraceLog;
  private readonly maxEvents: number;
  private readonly untilMs: number;
  private readonly injections: PendingInjection[] = [];
  private readonly violationSamples: SimulationResult['violationSamples'] = [];
  private readonly options: SimulationOptions;
  private nextId = 0;
  private now = 0;
  private steps = 0;
  private truncated = false;
  private plannedRoots = 0;
  private emittedRoots = 0;

  constructor(model: SimulationModel, options: SimulationOptions = {}) {
    this.model = model;
    this.options = options;
    this.c = compileModel(model, { validate: options.validate ?? model.validate ?? true });
    this.trace = new TraceLog(options.traceCap ?? 10_000);
    this.maxEvents = model.limits.maxEvents ?? 1_000_000;
    this.untilMs = model.limits.untilMs ?? Infinity;
    this.c.producers.forEach((p, i) => {
      this.plannedRoots += p.remaining;
      if (p.remaining > 0) this.agenda.push(p.startMs, PRODUCE, i, null);
    });
    for (const inj of model.injections) this.inject(inj.event, inj);
  }

  /** Queue an on-demand emission at `atMs` (default: now). */
  inject(event: string, opts: { atMs?: number; payload?: unknown; source?: string; count?: number; intervalMs?: number } = {}): void {
    const e = this.c.events.findIndex((x) => x.name === event);
    if (e < 0) throw new Error(`Unknown event "${event}"`);
    const edge = this.c.producerEdges.find((p) => p.event === e);
    const count = Math.max(1, Math.floor(opts.count ?? 1));
    this.plannedRoots += count;
    this.injections.push({
      event: e,
      source: opts.source ?? edge?.service ?? 'simulator',
      payload: opts.payload,
      remaining: count,
      intervalMs: opts.intervalMs ?? 0,
    });
    this.agenda.push(Math.max(this.now, opts.atMs ?? this.now), INJECT, this.injections.length - 1, null);
  }

  /** Process up to `n` agenda items; returns how many ran. */
  step(n = 1): number {
    let done = 0;
    while (done < n && this.agenda.size > 0 && this.agenda.peekTime() <= this.untilMs) {
      this.dispatchNext();
      done++;
    }
    return done;
  }

  /** Process every agenda item up to virtual time `timeMs` (inclusive), then set the clock there. */
  runUntil(timeMs: number): void {
    const limit = Math.min(timeMs, this.untilMs);
    while (this.agenda.size > 0 && this.agenda.peekTime() <= limit) this.dispatchNext();
    if (limit !== Infinity && limit > this.now) this.now = limit;
  }

  /** Run to the end (empty agenda or `limits.untilMs`), reporting progress if asked. */
  run(): SimulationResult {
    const every = this.options.progressEvery ?? 100_000;
    const onProgress = this.options.onProgress;
    for (;;) {
      const ran = this.step(onProgress ? every : 1 << 30);
      if (onProgress) onProgress(this.snapshot());
      if (ran === 0 || this.isDone()) break;
    }
    return this.result();
  }

  isDone(): boolean {
    return this.agenda.size === 0 || this.agenda.peekTime() > this.untilMs;
  }

  get timeMs(): number {
    return this.now;
  }

  snapshot(): SimulationSnapshot {
    const progress = this.isDone()
      ? 1
      : this.untilMs !== Infinity
        ? Math.min(1, this.now / this.untilMs)
        : this.plannedRoots === 0
          ? 0
          : Math.min(0.99, this.emittedRoots / this.plannedRoots);
    return buildSnapshot(this.c, this.now, this.steps, progress, this.agenda.size);
  }

  result(): SimulationResult {
    return buildResult(this.c, {
      seed: this.model.seed,
      endTimeMs: this.now,
      steps: this.steps,
      truncated: this.truncated,
      violationSamples: this.violationSamples,
    });
  }

  /** Trace records held (oldest first). */
  traceRecords(): TraceRecord[] {
    return this.trace.list();
  }

  /** The causation tree of one correlation id, from the trace records held. */
  traceOf(correlationId: string): TraceNode[] {
    return this.trace.traceOf(correlationId);
  }

  private dispatchNext(): void {
    const q = this.agenda;
    q.pop();
    this.now = q.lastTime;
    this.steps++;
    switch (q.lastKind) {
      case COMPLETE:
        this.complete(q.lastArg);
        break;
      case PRODUCE:
        this.produce(q.lastArg);
        break;
      case RETRY:
        this.retry(q.lastArg);
        break;
      case PUBLISH:
        this.publish(q.lastRef as SimEnvelope, q.lastArg, false);
        break;
      case RESUME:
        (this.c.groups[q.lastArg] as RtGroup).resumeAt = -1;
        this.drain(this.c.groups[q.lastArg] as RtGroup);
        break;
      case INJECT:
        this.injectNow(q.lastArg);
        break;
    }
  }

  private produce(i: number): void {
    const p = this.c.producers[i];
    if (!p) return;
    const edge = this.c.producerEdges[p.edge];
    if (!edge) return;
    const ev = this.c.events[edge.event];
    if (!ev) return;
    let data = this.payloadFor(edge.event, edge.version);
    if (p.keyCardinality > 0 && ev.keyPath) data = writeField(data, ev.keyPath, `${ev.name}-key-${p.sent % p.keyCardinality}`);
    p.sent++;
    p.remaining--;
    this.emittedRoots++;
    this.emit(edge.event, edge.version, edge.service, data, null, p.edge, 0);
    if (p.remaining > 0) {
      const gap = p.poisson ? -Math.log(1 - p.rng.next()) * (1000 / p.perSecond) : 1000 / p.perSecond;
      this.agenda.push(this.now + gap, PRODUCE, i, null);
    }
  }

  private injectNow(i: number): void {
    const inj = this.injections[i];
    if (!inj) return;
    const ev = this.c.events[inj.event];
    if (!ev) return;
    const data = inj.payload === undefined ? this.payloadFor(inj.event, ev.defaultVersion) : inj.payload;
    inj.remaining--;
    this.emittedRoots++;
    this.emit(inj.event, ev.defaultVersion, inj.source, data, null, -1, 0);
    if (inj.remaining > 0) this.agenda.push(this.now + inj.intervalMs, INJECT, i, null);
  }

  private payloadFor(event: number, version: SimEventVersion): unknown {
    const ev = this.c.events[event];
    if (!ev) return undefined;
    let source = ev.payloadSources.get(version.number);
    if (!source) {
      source = new PayloadSource(version, (this.model.seed ^ Math.imul(event + 1, 0x9e3779b1)) >>> 0);
      ev.payloadSources.set(version.number, source);
    }
    return source.next();
  }

  /** Create the envelope, apply faults, publish (now or after a delay). */
  private emit(event: number, version: SimEventVersion, source: string, data: unknown, parent: SimEnvelope | null, edge: number, delayMs: number): void {
    if (this.nextId >= this.maxEvents) {
      this.truncated = true;
      return;
    }
    const ev = this.c.events[event];
    if (!ev) return;
    const id = `evt-${++this.nextId}`;
    const env = new SimEnvelope(
      id,
      ev.name,
      source,
      this.now + delayMs,
      ev.contentType,
      `urn:eventflow:schema:${ev.name}:${version.label}`,
      version.label,
      parent === null ? null : parent.correlationid,
      parent === null ? null : parent.id,
      data,
      event,
      version.number,
    );
    if (edge >= 0) (this.c.producerEdges[edge] as { emitted: number }).emitted++;
    if (ev.faults.length > 0 && this.applyFaults(env, version)) return;
    if (delayMs > 0) this.agenda.push(env.vms, PUBLISH, ev.channel, env);
    else this.publish(env, ev.channel, true);
  }

  /** Returns true when the fault took over publication (e.g. held back). */
  private applyFaults(env: SimEnvelope, version: SimEventVersion): boolean {
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
      this.publish(env, ev.channel, true);
      this.publish(env, ev.channel, false);
      return true;
    }
    return false;
  }

  /** Put the envelope on a channel partition and hand it to every subscribed group. */
  private publish(env: SimEnvelope, channel: number, _fresh: boolean): void {
    const ch = this.c.channels[channel];
    const ev = this.c.events[env.typeIdx];
    if (!ch || !ev) return;
    ch.published++;
    ev.published++;
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
  private drain(g: RtGroup): void {
    while (g.ready.size > 0 && g.inFlight < g.concurrency) {
      if (g.outages.length > 0 && this.pausedUntil(g) > 0) return;
      const p = g.ready.shift() as number;
      g.queued[p] = 0;
      this.startNext(g, p);
    }
  }

  private pausedUntil(g: RtGroup): number {
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
  private startNext(g: RtGroup, p: number): void {
    const q = g.queues[p];
    if (!q) return;
    for (;;) {
      const env = q.peek();
      if (env === undefined) return;
      const route = this.c.routes[g.routeByEvent[env.typeIdx] as number] as RtRoute;
      const sub = this.c.subscriptions[route.subscription];
      if (!sub) return;
      if (g.attempt[p] === 0) {
        route.delivered++;
        if (this.trace.enabled) this.record('deliver', env, sub.consumer, g, p, null, null);
        if (route.validator !== null) {
          const reason = route.validator(env.data);
          if (reason !== null) {
            this.flagViolation(route, env, sub.consumer, g, p, reason);
            if (sub.deadLetterViolations) {
              this.dequeue(g, p, route);
              this.deadLetter(env, sub.deadLetterChannel, route, sub.consumer, g, p, `contract violation: ${reason}`);
              continue;
            }
          }
        }
        if (sub.idempotent && sub.seen.has(idempotencyKey(env, sub.idempotencyPath))) {
          this.dequeue(g, p, route);
          route.deduplicated++;
          if (this.trace.enabled) this.record('deduplicated', env, sub.consumer, g, p, null, null);
          continue;
        }
      }
      g.busy[p] = 1;
      g.inFlight++;
      g.attempt[p] = (g.attempt[p] as number) + 1;
      this.agenda.push(this.now + sampleLatency(sub.latency, sub.rng), COMPLETE, g.partitionBase + p, null);
      return;
    }
  }

  /** A processing attempt finished: succeed (and react), retry after backoff, or give up. */
  private complete(globalPartition: number): void {
    const g = this.c.groups[this.c.groupOfPartition[globalPartition] as number] as RtGroup;
    const p = globalPartition - g.partitionBase;
    const env = (g.queues[p] as { peek(): SimEnvelope | undefined }).peek();
    if (env === undefined) return;
    const route = this.c.routes[g.routeByEvent[env.typeIdx] as number] as RtRoute;
    const sub = this.c.subscriptions[route.subscription];
    if (!sub) return;
    const attempt = g.attempt[p] as number;
    if (sub.failureProbability > 0 && sub.rng.next() < sub.failureProbability) {
      route.failures++;
      if (attempt < sub.maxAttempts) {
        route.retries++;
        if (this.trace.enabled) this.record('retry', env, sub.consumer, g, p, attempt, null);
        // blocking retry: the worker keeps the partition (and its slot) during backoff, preserving order
        this.agenda.push(this.now + sub.backoffMs * sub.multiplier ** (attempt - 1), RETRY, globalPartition, null);
        return;
      }
      this.dequeue(g, p, route);
      if (sub.deadLetterChannel >= 0) {
        this.deadLetter(env, sub.deadLetterChannel, route, sub.consumer, g, p, `failed after ${attempt} attempts`);
      } else {
        route.dropped++;
        if (this.trace.enabled) this.record('dropped', env, sub.consumer, g, p, attempt, `failed after ${attempt} attempts`);
      }
    } else {
      this.dequeue(g, p, route);
      route.processed++;
      route.latency.record(this.now - env.vms);
      if (sub.idempotent) sub.seen.add(idempotencyKey(env, sub.idempotencyPath));
      if (this.trace.enabled) this.record('processed', env, sub.consumer, g, p, attempt, null);
      if (route.reactions.length > 0) this.react(route, sub.rng, env);
    }
    g.busy[p] = 0;
    g.inFlight--;
    if ((g.queues[p] as { size: number }).size > 0) {
      g.queued[p] = 1;
      g.ready.push(p);
    }
    this.drain(g);
  }

  private retry(globalPartition: number): void {
    const g = this.c.groups[this.c.groupOfPartition[globalPartition] as number] as RtGroup;
    const p = globalPartition - g.partitionBase;
    if (g.outages.length > 0 && this.pausedUntil(g) > 0) {
      // the consumer went down during backoff: give the slot back, resume with the same attempt count
      g.busy[p] = 0;
      g.inFlight--;
      g.queued[p] = 1;
      g.ready.push(p);
      return;
    }
    const env = (g.queues[p] as { peek(): SimEnvelope | undefined }).peek();
    if (env === undefined) return;
    const sub = this.c.subscriptions[(this.c.routes[g.routeByEvent[env.typeIdx] as number] as RtRoute).subscription];
    if (!sub) return;
    g.attempt[p] = (g.attempt[p] as number) + 1;
    this.agenda.push(this.now + sampleLatency(sub.latency, sub.rng), COMPLETE, globalPartition, null);
  }

  private dequeue(g: RtGroup, p: number, route: RtRoute): void {
    (g.queues[p] as { shift(): unknown }).shift();
    g.attempt[p] = 0;
    g.depth--;
    route.pending--;
  }

  private deadLetter(env: SimEnvelope, channel: number, route: RtRoute, consumer: string, g: RtGroup, p: number, reason: string): void {
    if (channel < 0) {
      route.dropped++;
      if (this.trace.enabled) this.record('dropped', env, consumer, g, p, null, reason);
      return;
    }
    route.deadLettered++;
    const ch = this.c.channels[channel];
    if (ch) ch.deadLettered++;
    if (this.trace.enabled) this.record('dead-letter', env, consumer, g, p, null, `${ch?.name}: ${reason}`);
    this.publish(env, channel, false);
  }

  private flagViolation(route: RtRoute, env: SimEnvelope, consumer: string, g: RtGroup, p: number, reason: string): void {
    route.violations++;
    const detail = `pinned v${route.pinnedLabel ?? '?'}, got v${env.dataversion}: ${reason}`;
    if (route.firstViolation === null) route.firstViolation = detail;
    if (this.violationSamples.length < 100) {
      this.violationSamples.push({ timeMs: this.now, eventId: env.id, type: env.type, consumer, detail });
    }
    if (this.trace.enabled) this.record('violation', env, consumer, g, p, null, detail);
  }

  private react(route: RtRoute, rng: { next(): number }, env: SimEnvelope): void {
    for (let i = 0; i < route.reactions.length; i++) {
      const r = route.reactions[i] as RtReaction;
      const emission = r.condition === null || holds(r, env.data, rng) ? r.main : r.otherwise;
      if (emission === null) continue;
      const edge = this.c.producerEdges[emission.edge];
      if (!edge) continue;
      let data = this.payloadFor(emission.event, edge.version);
      if (emission.targets.length > 0) data = applyMapping(data, emission, env.data);
      this.emit(emission.event, edge.version, edge.service, data, env, emission.edge, emission.delayMs);
    }
  }

  private record(kind: TraceKind, env: SimEnvelope, service: string, g: RtGroup | string | null, partition: number | null, attempt: number | null, detail: string | null): void {
    if (!this.trace.enabled) return;
    const channel = g === null ? null : typeof g === 'string' ? g : (this.c.channels[g.channel]?.name ?? null);
    this.trace.add(
      { timeMs: this.now, kind, eventId: env.id, correlationId: env.correlationid, type: env.type, service, channel, partition, attempt, detail },
      env,
    );
  }
}

/**
 * Create a steppable simulation (see `Simulation`).
 *
 * @example
 * const sim = createSimulation(model, { traceCap: 0 });
 * while (!sim.isDone()) sim.step(10_000);
 */
export function createSimulation(model: SimulationModel, options: SimulationOptions = {}): Simulation {
  return new Simulation(model, options);
}

/**
 * Run a model to the end and return its metrics (deterministic for a seed).
 *
 * @example
 * const result = runSimulation(model, { validate: false });
 * result.totals.deliveries;
 */
export function runSimulation(model: SimulationModel, options: SimulationOptions = {}): SimulationResult {
  return new Simulation(model, options).run();
}

function idempotencyKey(env: SimEnvelope, path: readonly string[] | null): string {
  if (path === null) return env.id;
  const v = readField(env.data, path);
  return typeof v === 'string' ? v : JSON.stringify(v) ?? 'undefined';
}

function holds(r: RtReaction, data: unknown, rng: { next(): number }): boolean {
  const c = r.condition;
  if (c === null) return true;
  if (c.kind === 'probability') return rng.next() < c.p;
  const v = readField(data, r.conditionPath ?? []);
  if (c.exists !== undefined && (v !== undefined) !== c.exists) return false;
  if ('equals' in c && v !== c.equals) return false;
  if ('notEquals' in c && v === c.notEquals) return false;
  return true;
}

function applyMapping(base: unknown, e: RtEmission, source: unknown): unknown {
  let out: unknown = base !== null && typeof base === 'object' && !Array.isArray(base) ? { ...(base as object) } : {};
  for (let i = 0; i < e.targets.length; i++) {
    const src = e.sources[i];
    const value = src === null || src === undefined ? e.constants[i] : readField(source, src);
    const target = e.targets[i] as readonly string[];
    if (target.length === 1) (out as Record<string, unknown>)[target[0] as string] = value;
    else out = writeField(out, target, value);
  }
  return out;
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
