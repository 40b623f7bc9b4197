import { compileModel } from './compile-model';
import { DeliveryRuntime } from './delivery-runtime';
import type { SimEnvelope } from './envelope';
import { readField, writeField } from './field-path';
import { shiftId } from './payloads';
import { buildResult, buildSnapshot, type SimulationResult, type SimulationSnapshot } from './metrics';
import { COMPLETE, INJECT, PRODUCE, PUBLISH, RESUME, RETRY } from './publishing-runtime';
import type { RtGroup, RtProducer, RtProducerEdge } from './runtime-model';
import type { SimulationModel } from './simulation-model';
import type { TraceNode, TraceRecord } from './trace-log';

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
  edge: number;
  payload: unknown;
  remaining: number;
  intervalMs: number;
}

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
export class Simulation extends DeliveryRuntime {
  readonly model: SimulationModel;
  private readonly untilMs: number;
  private readonly injections: PendingInjection[] = [];
  private readonly options: SimulationOptions;
  private steps = 0;
  private plannedRoots = 0;
  private emittedRoots = 0;

  constructor(model: SimulationModel, options: SimulationOptions = {}) {
    super(
      compileModel(model, { validate: options.validate ?? model.validate ?? true }),
      model.seed,
      model.limits.maxEvents ?? 1_000_000,
      options.traceCap ?? 10_000,
      model.freshIds ?? false,
    );
    this.model = model;
    this.options = options;
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
    const known = this.c.producerEdges.find((p) => p.event === e);
    const count = Math.max(1, Math.floor(opts.count ?? 1));
    this.plannedRoots += count;
    this.injections.push({
      edge: this.c.edgeOf(opts.source ?? known?.service ?? 'simulator', e),
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
        this.publish(q.lastRef as SimEnvelope, q.lastArg);
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
    let data = this.payloadFor(edge);
    if (p.keyCardinality > 0 && ev.keyPath) data = writeField(data, ev.keyPath, this.repeatedKey(p, data, ev.keyPath));
    p.sent++;
    p.remaining--;
    this.emittedRoots++;
    this.emit(p.edge, data, null, 0);
    if (p.remaining > 0) {
      const gap = p.poisson ? -Math.log(1 - p.rng.next()) * (1000 / p.perSecond) : 1000 / p.perSecond;
      this.agenda.push(this.now + gap, PRODUCE, i, null);
    }
  }

  /** One of `keyCardinality` keys, shaped like the payload's own key so schemas still accept it. */
  private repeatedKey(p: RtProducer, data: unknown, keyPath: readonly string[]): unknown {
    if (p.keyTemplate === undefined) p.keyTemplate = readField(data, keyPath) ?? 'key-0';
    const i = p.sent % p.keyCardinality;
    return typeof p.keyTemplate === 'number' ? p.keyTemplate + i : shiftId(String(p.keyTemplate), i);
  }

  private injectNow(i: number): void {
    const inj = this.injections[i];
    if (!inj) return;
    const edge = this.c.producerEdges[inj.edge] as RtProducerEdge;
    const data = inj.payload === undefined ? this.payloadFor(edge) : inj.payload;
    inj.remaining--;
    this.emittedRoots++;
    this.emit(inj.edge, data, null, 0);
    if (inj.remaining > 0) this.agenda.push(this.now + inj.intervalMs, INJECT, i, null);
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
