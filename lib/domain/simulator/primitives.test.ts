import { describe, expect, it } from 'vitest';
import { EventQueue } from './event-queue';
import { compileFieldPath, matchesPattern, readField, writeField } from './field-path';
import { LatencyHistogram } from './latency-histogram';
import { shiftId, withFreshIds } from './payloads';
import { SeededRandom } from './rng';

describe('EventQueue', () => {
  it('pops by time, then insertion order', () => {
    const q = new EventQueue();
    const rng = new SeededRandom(1);
    const times = Array.from({ length: 5000 }, () => Math.floor(rng.next() * 100));
    times.forEach((t, i) => q.push(t, 0, i, null));
    const popped: Array<[number, number]> = [];
    while (q.pop()) popped.push([q.lastTime, q.lastArg]);
    const expected = times.map((t, i) => [t, i] as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(popped).toEqual(expected);
  });
});

describe('LatencyHistogram', () => {
  it('estimates quantiles within a few percent', () => {
    const h = new LatencyHistogram();
    for (let i = 1; i <= 10_000; i++) h.record(i / 10); // 0.1 .. 1000 ms, uniform
    expect(h.quantile(0.5)).toBeGreaterThan(500 * 0.97);
    expect(h.quantile(0.5)).toBeLessThan(500 * 1.03);
    expect(h.quantile(0.99)).toBeGreaterThan(990 * 0.97);
    expect(h.quantile(0.99)).toBeLessThanOrEqual(1000);
    expect(h.mean()).toBeCloseTo(500.05, 5);
  });
});

describe('field paths and patterns', () => {
  it('reads and writes pointers and dotted paths without mutating', () => {
    const data = { a: { b: 1 }, c: 2 };
    expect(readField(data, compileFieldPath('/a/b'))).toBe(1);
    expect(readField(data, compileFieldPath('a.b'))).toBe(1);
    const out = writeField(data, compileFieldPath('/a/d'), 3);
    expect(out).toEqual({ a: { b: 1, d: 3 }, c: 2 });
    expect(data).toEqual({ a: { b: 1 }, c: 2 });
  });

  it('matches wildcards', () => {
    expect(matchesPattern('user.*', 'user.video.played')).toBe(true);
    expect(matchesPattern('user.*', 'users.created')).toBe(false);
    expect(matchesPattern('*', 'anything')).toBe(true);
    expect(matchesPattern('OrderCreated', 'OrderCreated')).toBe(true);
  });
});

describe('fresh ids', () => {
  it('keeps the shape of ids so patterns still match', () => {
    expect(shiftId('cus_0000A9', 2)).toBe('cus_0000B1');
    const uuid = shiftId('3f6c2a9e-8b1d-4c7e-9a52-1e0d4b7f6a21', 300);
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(uuid).not.toBe('3f6c2a9e-8b1d-4c7e-9a52-1e0d4b7f6a21');
    const ids = new Set(Array.from({ length: 1000 }, (_, n) => shiftId('usr_abc123', n)));
    expect(ids.size).toBe(1000);
    expect(withFreshIds({ orderId: 'o1', total: '5', note: 'x' }, 1)).toEqual({ orderId: 'o2', total: '5', note: 'x' });
  });
});
