import { describe, expect, it } from 'vitest';
import type { TraceRecord } from '@/lib/domain/simulator';
import { TraceCursor } from './trace-cursor';
import { emittedPerBin, Timeline } from './timeline';

const rec = (timeMs: number, eventId: string): TraceRecord => ({
  timeMs, kind: 'publish', eventId, correlationId: eventId, type: 'E', service: 's', channel: null, partition: null, attempt: null, detail: null,
});

describe('TraceCursor', () => {
  it('returns only records added since the last read, including more at the same instant', () => {
    const c = new TraceCursor();
    const list = [rec(1, 'a'), rec(2, 'b'), rec(2, 'c')];
    expect(c.read(list).map((r) => r.eventId)).toEqual(['a', 'b', 'c']);
    expect(c.read(list)).toEqual([]);
    list.push(rec(2, 'd'), rec(3, 'e'));
    expect(c.read(list).map((r) => r.eventId)).toEqual(['d', 'e']);
  });

  it('keeps working when the ring has dropped old records', () => {
    const c = new TraceCursor();
    c.read([rec(1, 'a'), rec(2, 'b')]);
    expect(c.read([rec(2, 'b'), rec(4, 'c'), rec(5, 'd')]).map((r) => r.eventId)).toEqual(['c', 'd']);
  });
});

describe('Timeline', () => {
  const totals = (events: number) => ({ events, deliveries: 0, processed: 0, retries: 0, deadLettered: 0, dropped: 0, deduplicated: 0, violations: 0 });

  it('replaces a sample at the same time and halves its resolution when full', () => {
    const t = new Timeline();
    t.add(0, totals(0));
    t.add(0, totals(1));
    expect(t.points).toHaveLength(1);
    for (let i = 1; i <= 500; i++) t.add(i * 10, totals(i));
    expect(t.points.length).toBeLessThanOrEqual(400);
    expect(t.points[t.points.length - 1]?.events).toBe(500);
  });

  it('bins emitted events over virtual time', () => {
    const points = [0, 250, 500, 750, 1000].map((timeMs, i) => ({ timeMs, events: i * 10, processed: 0, deadLettered: 0, violations: 0 }));
    expect(emittedPerBin(points, 2)).toEqual([10, 30]);
    expect(emittedPerBin(points, 4).reduce((a, b) => a + b, 0)).toBe(40);
  });
});
