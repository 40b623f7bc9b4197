import type { TraceRecord } from '@/lib/domain/simulator';

/**
 * Picks the trace records added since the last read out of the engine's ring
 * (records come in virtual-time order), so each one is animated once.
 *
 * @example
 * const cursor = new TraceCursor();
 * cursor.read(sim.traceRecords()); // everything so far
 * cursor.read(sim.traceRecords()); // only what was added since
 */
export class TraceCursor {
  private lastTime = -Infinity;
  private seenAtLast = 0;

  read(list: readonly TraceRecord[]): TraceRecord[] {
    let i = list.length;
    while (i > 0 && (list[i - 1] as TraceRecord).timeMs > this.lastTime) i--;
    let j = i;
    while (j > 0 && (list[j - 1] as TraceRecord).timeMs === this.lastTime) j--;
    const freshAtLast = Math.max(0, i - j - this.seenAtLast);
    const fresh = list.slice(i - freshAtLast);
    const last = list[list.length - 1];
    if (fresh.length > 0 && last) {
      if (last.timeMs !== this.lastTime) this.seenAtLast = 0;
      this.lastTime = last.timeMs;
      let k = list.length;
      while (k > 0 && (list[k - 1] as TraceRecord).timeMs === this.lastTime) k--;
      this.seenAtLast = list.length - k;
    }
    return fresh;
  }
}
