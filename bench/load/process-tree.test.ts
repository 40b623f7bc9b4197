import { describe, expect, it } from 'vitest';
import { postgresCpuMeter } from './process-tree';

/** Readings of backend CPU by pid, one per call, the last repeated. */
function readings(...maps: Array<Record<number, number>>) {
  let call = 0;
  return () => new Map(Object.entries(maps[Math.min(call++, maps.length - 1)]!).map(([pid, cpu]) => [Number(pid), cpu]));
}

describe('postgresCpuMeter', () => {
  it('keeps what an exited backend used, counted from the start', () => {
    // At start: backend 10 had used 5 s. Then it uses 2 s more and exits; backend 11 starts and uses 1 s.
    const meter = postgresCpuMeter('db', 60_000, readings({ 10: 5 }, { 10: 7, 11: 0.5 }, { 11: 1 }));
    expect(meter.seconds()).toBeCloseTo(2.5, 10);
    expect(meter.seconds()).toBeCloseTo(3, 10);
    meter.stop();
  });

  it('counts a new backend on a reused pid from zero', () => {
    const meter = postgresCpuMeter('db', 60_000, readings({ 10: 5 }, { 10: 0.25 }));
    expect(meter.seconds()).toBeCloseTo(0.25, 10);
    meter.stop();
  });

  it('reads the live backends of a database on this machine', () => {
    const meter = postgresCpuMeter(`no_such_database_${process.pid}`);
    expect(meter.seconds()).toBe(0);
    meter.stop();
  });
});
