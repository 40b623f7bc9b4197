import type { SimulationTotals } from '@/lib/domain/simulator';
import type { TimelinePoint } from './protocol';

const MAX_POINTS = 400;

/**
 * Cumulative counters sampled over virtual time; halves its resolution when
 * full so a long run still fits in a frame.
 *
 * @example
 * const t = new Timeline();
 * t.add(1200, snapshot.totals);
 * t.points.length; // 1
 */
export class Timeline {
  points: TimelinePoint[] = [];

  add(timeMs: number, totals: SimulationTotals): void {
    const last = this.points[this.points.length - 1];
    const point = { timeMs, events: totals.events, processed: totals.processed, deadLettered: totals.deadLettered, violations: totals.violations };
    if (last && last.timeMs === timeMs) this.points[this.points.length - 1] = point;
    else this.points.push(point);
    if (this.points.length > MAX_POINTS) this.points = this.points.filter((_, i) => i % 2 === 1 || i === this.points.length - 1);
  }
}

/**
 * Events emitted per equal slice of virtual time, for the timeline's bars.
 *
 * @example
 * emittedPerBin([{ timeMs: 0, events: 0, ... }, { timeMs: 1000, events: 20, ... }], 2); // [10, 10] roughly
 */
export function emittedPerBin(points: readonly TimelinePoint[], bins: number): number[] {
  const out = new Array<number>(bins).fill(0);
  const end = points[points.length - 1]?.timeMs ?? 0;
  if (end <= 0 || bins <= 0) return out;
  let prev = { timeMs: 0, events: 0 };
  for (const p of points) {
    const bin = Math.min(bins - 1, Math.floor((p.timeMs / end) * bins));
    out[bin] = (out[bin] ?? 0) + Math.max(0, p.events - prev.events);
    prev = p;
  }
  return out;
}
