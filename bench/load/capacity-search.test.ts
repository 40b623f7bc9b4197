import { describe, expect, it } from 'vitest';
import { capacityRows, judgeStep, searchCapacity, stepsTable, type CapacityStep } from './capacity-search';
import type { KindStats } from './run-phase';
import type { Kind } from './traffic';

const FULL = { publishRate: 250, readRate: 250 };
const CORES = { app: 1, postgres: 0.2 };

function kind(name: Kind, latency: number, statuses: Record<number, number>, extra: Partial<KindStats> = {}): KindStats {
  const ok = Object.entries(statuses).reduce((sum, [status, count]) => sum + (Number(status) < 300 || status === '409' ? count : 0), 0);
  return { kind: name, connections: 4, latencies: Array.from({ length: ok }, () => latency), statuses, unexpected: 0, socketErrors: 0, socketErrorKinds: {}, timeouts: 0, seconds: 10, ...extra };
}

/** Ten seconds of traffic: `accepted` publishes/s, reads answered in `readMs`. */
function traffic(accepted: number, readMs: number, extra: Partial<KindStats> = {}): KindStats[] {
  return [
    kind('publish-spread', 20, { 201: accepted * 10 }),
    kind('publish-hot', 20, { 201: 0, 409: 5 }),
    kind('event-json', readMs, { 200: 100 }),
    kind('event-page', readMs, { 200: 100 }, extra),
    kind('search', readMs, { 200: 100 }),
  ];
}

describe('judgeStep', () => {
  it('holds the publish target to its ratio of what was offered, and reads to 100 ms', () => {
    const step = judgeStep(traffic(41, 60), 0.2, FULL, CORES);
    expect(step.offered).toEqual({ publishRate: 50, readRate: 50 });
    expect(step.acceptedPerSecond).toBe(41);
    expect(step.readsPerSecond).toBe(30);
    expect(step).toMatchObject({ meets: true, misses: [] });
  });

  it('names every target a step misses', () => {
    const step = judgeStep(traffic(39, 100, { timeouts: 2 }), 0.2, FULL, CORES);
    expect(step.meets).toBe(false);
    expect(step.misses).toEqual(['accepted 39.0 publishes/s < 40.0', 'event-json p95 100 ms', 'event-page p95 100 ms', 'search p95 100 ms', '2 errors']);
  });

  it('misses a read kind that got no answers at all', () => {
    const stats = traffic(50, 10);
    stats[3] = kind('event-page', 0, {}, { socketErrors: 3 });
    expect(judgeStep(stats, 0.2, FULL, CORES).misses).toEqual(['event-page p95 NaN ms', '3 errors']);
  });
});

/** A machine that meets the targets up to `capacity`, judged as judgeStep would. */
const machine = (capacity: number, tried: number[]) => async (fraction: number): Promise<CapacityStep> => {
  tried.push(fraction);
  return judgeStep(traffic(fraction * 250, fraction <= capacity ? 50 : 400), fraction, FULL, CORES);
};

describe('searchCapacity', () => {
  it('doubles until a step misses, then bisects between the last met and the first missed', async () => {
    const tried: number[] = [];
    const result = await searchCapacity(machine(0.32, tried), { start: 0.1, refinements: 3 });
    expect(tried).toEqual([0.1, 0.2, 0.4, 0.3, 0.35, 0.325].map((f) => expect.closeTo(f, 10)));
    expect(result.highestMet).toBeCloseTo(0.3, 10);
    expect(result.steps.map((s) => s.meets)).toEqual([true, true, false, true, false, false]);
  });

  it('stops at the full load when the machine meets it', async () => {
    const tried: number[] = [];
    const result = await searchCapacity(machine(1, tried), { start: 0.1 });
    expect(tried).toEqual([0.1, 0.2, 0.4, 0.8, 1].map((f) => expect.closeTo(f, 10)));
    expect(result.highestMet).toBe(1);
  });

  it('reports 0 when even the smallest step misses, after looking below it', async () => {
    const tried: number[] = [];
    const result = await searchCapacity(machine(0.01, tried), { start: 0.1, refinements: 2 });
    expect(tried).toEqual([0.1, 0.05, 0.025].map((f) => expect.closeTo(f, 10)));
    expect(result.highestMet).toBe(0);
  });
});

describe('capacityRows and stepsTable', () => {
  const common = { seedSeconds: 9, size: '10 events', peakTree: 512 * 2 ** 20, peakLargest: 500 * 2 ** 20, violations: 0 };
  const settings = { ...FULL, capacitySeconds: 20 };

  it("report the highest share met with that step's numbers, and every step in the order it ran", async () => {
    const search = await searchCapacity(machine(0.32, []), { start: 0.1, refinements: 3 });
    const rows = capacityRows(search, settings, common);
    expect(rows.find((r) => r.name.startsWith('highest share'))).toMatchObject({ value: expect.closeTo(30, 10), target: '>= 100' });
    expect(rows.find((r) => r.name.includes('publishes accepted'))?.value).toBeCloseTo(75, 10);
    expect(rows.find((r) => r.name.startsWith('peak RSS, app'))?.value).toBe(512);
    const lines = stepsTable(search.steps).split('\n');
    expect(lines).toHaveLength(2 + 6);
    expect(lines[4]).toMatch(/^\| 40\.0% \| 100\.0 \| 100\.0 \| 100\.0 \| 30\.0 \| 400 \/ 400 \/ 400 \| 0 \| 1\.00 \| 0\.20 \| missed: event-json p95 400 ms; event-page p95 400 ms; search p95 400 ms \|$/);
  });

  it('leave out the at-that-share rows when no step met the targets', async () => {
    const rows = capacityRows(await searchCapacity(machine(0, []), { refinements: 1 }), settings, common);
    expect(rows.find((r) => r.name.startsWith('highest share'))?.value).toBe(0);
    expect(rows.some((r) => r.name.includes('at that share'))).toBe(false);
  });
});
