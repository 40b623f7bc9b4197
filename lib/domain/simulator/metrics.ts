import type { CompiledModel } from './compile-model';
import { LatencyHistogram } from './latency-histogram';

export interface LatencyStats {
  p50: number;
  p99: number;
  mean: number;
  max: number;
}

/** Event → consumer: one route through one consumer group. */
export interface ConsumeEdgeMetrics {
  kind: 'consumes';
  event: string;
  consumer: string;
  consumerGroup: string;
  channel: string;
  pinnedVersion: string | null;
  delivered: number;
  processed: number;
  /** Processed per virtual second over the run. */
  throughput: number;
  latencyMs: LatencyStats;
  failures: number;
  retries: number;
  deadLettered: number;
  dropped: number;
  deduplicated: number;
  violations: number;
  firstViolation: string | null;
  lag: { current: number; max: number };
}

/** Producer → event. */
export interface ProduceEdgeMetrics {
  kind: 'produces';
  producer: string;
  event: string;
  version: string;
  emitted: number;
  throughput: number;
}

export interface NodeMetrics {
  kind: 'service' | 'channel' | 'event';
  name: string;
  /** Emitted (service, event) or published (channel). */
  out: number;
  /** Processed by the service, or delivered from the channel. */
  in: number;
  throughput: number;
  latencyMs: LatencyStats | null;
  retries: number;
  deadLettered: number;
  violations: number;
  lag: { current: number; max: number };
}

export interface SimulationTotals {
  events: number;
  deliveries: number;
  processed: number;
  retries: number;
  deadLettered: number;
  dropped: number;
  deduplicated: number;
  violations: number;
}

export interface SimulationSnapshot {
  timeMs: number;
  steps: number;
  /** 0..1: virtual time over `untilMs`, else root emissions done over planned. */
  progress: number;
  pending: number;
  totals: SimulationTotals;
}

export interface ViolationSample {
  timeMs: number;
  eventId: string;
  type: string;
  consumer: string;
  detail: string;
}

export interface SimulationResult {
  seed: number;
  endTimeMs: number;
  steps: number;
  /** True when `limits.maxEvents` cut emissions short. */
  truncated: boolean;
  totals: SimulationTotals;
  nodes: NodeMetrics[];
  edges: Array<ConsumeEdgeMetrics | ProduceEdgeMetrics>;
  faultsApplied: Array<{ kind: string; applied: number }>;
  violationSamples: ViolationSample[];
}

/**
 * Running totals, cheap enough to call every frame.
 *
 * @example
 * buildSnapshot(compiled, 1200, 5400, 0.4, 87).totals.processed;
 */
export function buildSnapshot(c: CompiledModel, timeMs: number, steps: number, progress: number, pending: number): SimulationSnapshot {
  return { timeMs, steps, progress, pending, totals: totals(c) };
}

function totals(c: CompiledModel): SimulationTotals {
  const t: SimulationTotals = { events: 0, deliveries: 0, processed: 0, retries: 0, deadLettered: 0, dropped: 0, deduplicated: 0, violations: 0 };
  for (const e of c.producerEdges) t.events += e.emitted;
  for (const r of c.routes) {
    t.deliveries += r.delivered;
    t.processed += r.processed;
    t.retries += r.retries;
    t.deadLettered += r.deadLettered;
    t.dropped += r.dropped;
    t.deduplicated += r.deduplicated;
    t.violations += r.violations;
  }
  return t;
}

/**
 * The full metrics report: per node (service, channel, event) and per edge.
 *
 * @example
 * buildResult(compiled, { seed: 1, endTimeMs: 5000, steps: 9000, truncated: false, violationSamples: [] }).edges;
 */
export function buildResult(
  c: CompiledModel,
  run: { seed: number; endTimeMs: number; steps: number; truncated: boolean; violationSamples: ViolationSample[] },
): SimulationResult {
  const seconds = run.endTimeMs > 0 ? run.endTimeMs / 1000 : 0;
  const rate = (n: number): number => (seconds > 0 ? round(n / seconds) : 0);
  const edges: SimulationResult['edges'] = [];
  for (const e of c.producerEdges) {
    const ev = c.events[e.event];
    edges.push({ kind: 'produces', producer: e.service, event: ev?.name ?? '?', version: e.version.label, emitted: e.emitted, throughput: rate(e.emitted) });
  }
  for (const r of c.routes) {
    const g = c.groups[r.group];
    edges.push({
      kind: 'consumes',
      event: c.events[r.event]?.name ?? '?',
      consumer: g?.consumer ?? '?',
      consumerGroup: g?.name ?? '?',
      channel: c.channels[g?.channel ?? -1]?.name ?? '?',
      pinnedVersion: r.pinnedLabel,
      delivered: r.delivered,
      processed: r.processed,
      throughput: rate(r.processed),
      latencyMs: stats(r.latency),
      failures: r.failures,
      retries: r.retries,
      deadLettered: r.deadLettered,
      dropped: r.dropped,
      deduplicated: r.deduplicated,
      violations: r.violations,
      firstViolation: r.firstViolation,
      lag: { current: r.pending, max: r.maxPending },
    });
  }
  return {
    seed: run.seed,
    endTimeMs: round(run.endTimeMs),
    steps: run.steps,
    truncated: run.truncated,
    totals: totals(c),
    nodes: [...serviceNodes(c, rate), ...channelNodes(c, rate), ...c.events.map((e) => eventNode(e.name, e.published, rate))],
    edges,
    faultsApplied: c.faults.map((f) => ({ kind: f.kind, applied: f.applied })),
    violationSamples: run.violationSamples,
  };
}

function serviceNodes(c: CompiledModel, rate: (n: number) => number): NodeMetrics[] {
  const names: string[] = [];
  for (const e of c.producerEdges) if (!names.includes(e.service)) names.push(e.service);
  for (const s of c.subscriptions) if (!names.includes(s.consumer)) names.push(s.consumer);
  return names.map((name) => {
    const routes = c.routes.filter((r) => c.groups[r.group]?.consumer === name);
    const groups = c.groups.filter((g) => g.consumer === name);
    const hist = new LatencyHistogram();
    for (const r of routes) hist.merge(r.latency);
    const processed = sum(routes, (r) => r.processed);
    return {
      kind: 'service' as const,
      name,
      out: c.producerEdges.filter((e) => e.service === name).reduce((n, e) => n + e.emitted, 0),
      in: processed,
      throughput: rate(processed),
      latencyMs: hist.count === 0 ? null : stats(hist),
      retries: sum(routes, (r) => r.retries),
      deadLettered: sum(routes, (r) => r.deadLettered),
      violations: sum(routes, (r) => r.violations),
      lag: { current: groups.reduce((n, g) => n + g.depth, 0), max: groups.reduce((n, g) => Math.max(n, g.maxDepth), 0) },
    };
  });
}

function channelNodes(c: CompiledModel, rate: (n: number) => number): NodeMetrics[] {
  return c.channels.map((ch, i) => {
    const groups = c.groups.filter((g) => g.channel === i);
    const routes = c.routes.filter((r) => c.groups[r.group]?.channel === i);
    return {
      kind: 'channel' as const,
      name: ch.name,
      out: ch.published,
      in: sum(routes, (r) => r.delivered),
      throughput: rate(ch.published),
      latencyMs: null,
      retries: 0,
      deadLettered: ch.deadLettered,
      violations: sum(routes, (r) => r.violations),
      lag: { current: groups.reduce((n, g) => n + g.depth, 0), max: groups.reduce((n, g) => Math.max(n, g.maxDepth), 0) },
    };
  });
}

function eventNode(name: string, published: number, rate: (n: number) => number): NodeMetrics {
  return { kind: 'event', name, out: published, in: 0, throughput: rate(published), latencyMs: null, retries: 0, deadLettered: 0, violations: 0, lag: { current: 0, max: 0 } };
}

function stats(h: LatencyHistogram): LatencyStats {
  return { p50: round(h.quantile(0.5)), p99: round(h.quantile(0.99)), mean: round(h.mean()), max: round(h.max) };
}

function sum<T>(items: T[], f: (t: T) => number): number {
  let n = 0;
  for (const i of items) n += f(i);
  return n;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
