/**
 * Capacity search: the largest fraction of the load test's offered traffic that this machine
 * serves within the issue's targets. A full-rate run that misses says only "missed"; this says
 * how far off the machine is (and shows a bigger machine meeting the targets in full).
 */
import { kindSummary, READ_KINDS, trafficTotals, type BenchRow } from './report';
import type { KindStats } from './run-phase';

/** The issue's targets: ≥ 200 of 250 offered publishes/s accepted, every read kind's p95 < 100 ms, no errors. */
export const CAPACITY_TARGETS = { acceptedShare: 200 / 250, readP95Ms: 100, errors: 0 } as const;

export interface CapacityStep {
  fraction: number;
  offered: { publishRate: number; readRate: number };
  acceptedPerSecond: number;
  readsPerSecond: number;
  p95: Record<(typeof READ_KINDS)[number], number>;
  errors: number;
  cores: { app: number; postgres: number };
  meets: boolean;
  /** Why the step missed, one phrase per target. */
  misses: string[];
}

/**
 * Judges one step's traffic against the targets scaled to what was offered: the publish target
 * keeps its ratio (200 accepted of 250 offered), the latency and error targets stay absolute.
 * @example judgeStep(stats, 0.5, { publishRate: 250, readRate: 250 }, { app: 0.8, postgres: 0.2 }).meets
 */
export function judgeStep(stats: KindStats[], fraction: number, fullRates: { publishRate: number; readRate: number }, cores: CapacityStep['cores']): CapacityStep {
  const offered = { publishRate: fullRates.publishRate * fraction, readRate: fullRates.readRate * fraction };
  const { acceptedPerSecond, readsPerSecond, errors } = trafficTotals(stats);
  const p95OfKind = (kind: string) => {
    const found = stats.find((s) => s.kind === kind);
    if (!found) throw new Error(`No ${kind} traffic in the step.`);
    return kindSummary(found).p95;
  };
  const p95 = Object.fromEntries(READ_KINDS.map((kind) => [kind, p95OfKind(kind)])) as CapacityStep['p95'];
  const misses: string[] = [];
  const wanted = offered.publishRate * CAPACITY_TARGETS.acceptedShare;
  if (acceptedPerSecond < wanted) misses.push(`accepted ${acceptedPerSecond.toFixed(1)} publishes/s < ${wanted.toFixed(1)}`);
  for (const kind of READ_KINDS) {
    // NaN (no answers at all) misses too.
    if (!(p95[kind] < CAPACITY_TARGETS.readP95Ms)) misses.push(`${kind} p95 ${p95[kind]} ms`);
  }
  if (errors > CAPACITY_TARGETS.errors) misses.push(`${errors} errors`);
  return { fraction, offered, acceptedPerSecond, readsPerSecond, p95, errors, cores, meets: misses.length === 0, misses };
}

export interface CapacitySearch {
  steps: CapacityStep[];
  /** The largest fraction whose step met every target, or 0 if even the first missed. */
  highestMet: number;
}

/**
 * Doubles the offered fraction from `start` until a step misses (or `max` is met), then bisects
 * between the last fraction met and the first missed `refinements` times. Each step is one run of
 * `runStep`, which must leave the app ready for the next.
 * @example const { highestMet } = await searchCapacity((f) => measure(f), { start: 0.1, refinements: 3 });
 */
export async function searchCapacity(runStep: (fraction: number) => Promise<CapacityStep>, options: { start?: number; max?: number; refinements?: number } = {}): Promise<CapacitySearch> {
  const { start = 0.1, max = 1, refinements = 3 } = options;
  const steps: CapacityStep[] = [];
  const step = async (fraction: number) => {
    const result = await runStep(fraction);
    steps.push(result);
    return result.meets;
  };
  let met = 0;
  let missed: number | undefined;
  for (let fraction = Math.min(start, max); ; fraction = Math.min(fraction * 2, max)) {
    if (!(await step(fraction))) {
      missed = fraction;
      break;
    }
    met = fraction;
    if (fraction >= max) break;
  }
  for (let round = 0; missed !== undefined && round < refinements; round += 1) {
    const middle = (met + missed) / 2;
    if (await step(middle)) met = middle;
    else missed = middle;
  }
  return { steps, highestMet: met };
}

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : String(n));

/** The steps in the order they ran, as a Markdown table. @example console.log(stepsTable(search.steps)) */
export function stepsTable(steps: CapacityStep[]): string {
  return [
    '| offered | publishes/s offered | accepted/s | reads/s offered | answered/s | p95 JSON / page / search ms | errors | app cores | Postgres cores | verdict |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...steps.map((s) =>
      `| ${fixed(s.fraction * 100)}% | ${fixed(s.offered.publishRate)} | ${fixed(s.acceptedPerSecond)} | ${fixed(s.offered.readRate)} | ${fixed(s.readsPerSecond)} | ${s.p95['event-json']} / ${s.p95['event-page']} / ${s.p95.search} | ${s.errors} | ${fixed(s.cores.app, 2)} | ${fixed(s.cores.postgres, 2)} | ${s.meets ? 'met' : `missed: ${s.misses.join('; ')}`} |`),
  ].join('\n');
}

/**
 * The bench rows of a capacity search: the highest fraction met (target: all of it) and that
 * step's numbers, plus what every load test reports (memory, exactly-once).
 * @example capacityRows(search, { publishRate: 250, readRate: 250, capacitySeconds: 20 }, common)
 */
export function capacityRows(
  search: CapacitySearch,
  settings: { publishRate: number; readRate: number; capacitySeconds: number },
  common: { seedSeconds: number; size: string; peakTree: number; peakLargest: number; violations: number },
): BenchRow[] {
  const best = search.steps.find((s) => s.meets && s.fraction === search.highestMet);
  const MiB = 2 ** 20;
  const rows: BenchRow[] = [
    { name: `scale seed (${common.size})`, value: common.seedSeconds, unit: 's', target: 'info' },
    { name: `highest share of the offered ${settings.publishRate} publishes/s + ${settings.readRate} reads/s served within the targets (${search.steps.length} steps of ${settings.capacitySeconds} s)`, value: search.highestMet * 100, unit: '%', target: '>= 100' },
  ];
  if (best) {
    rows.push(
      { name: '  at that share: publishes accepted per second', value: best.acceptedPerSecond, unit: '/s', target: 'info' },
      { name: '  at that share: reads answered per second', value: best.readsPerSecond, unit: '/s', target: 'info' },
      { name: '  at that share: event JSON / page / search p95 (worst)', value: Math.max(...Object.values(best.p95)), unit: 'ms', target: 'info' },
      { name: '  at that share: app CPU', value: best.cores.app, unit: 'cores', target: 'info' },
      { name: '  at that share: Postgres CPU', value: best.cores.postgres, unit: 'cores', target: 'info' },
    );
  }
  rows.push(
    { name: 'errors over all steps (unexpected status, socket errors, timeouts)', value: search.steps.reduce((sum, s) => sum + s.errors, 0), unit: 'count', target: 'info' },
    { name: 'peak RSS, app process tree', value: common.peakTree / MiB, unit: 'MiB', target: '< 1024' },
    { name: 'peak RSS, largest app process', value: common.peakLargest / MiB, unit: 'MiB', target: 'info' },
    { name: 'exactly-once violations (every step)', value: common.violations, unit: 'count', target: '<= 0' },
  );
  return rows;
}
