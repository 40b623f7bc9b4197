import type { TraceRecord } from '@/lib/domain/simulator';
import type { RecentCorrelation } from './protocol';

const TROUBLE = new Set(['retry', 'dead-letter', 'violation', 'dropped', 'failed', 'fault']);

/**
 * The latest correlation ids seen in the trace (newest first), flagged when
 * something went wrong along the way, so the trace view can offer them.
 *
 * @example
 * const recent = new RecentCorrelations(20);
 * recent.add(cursor.read(sim.traceRecords()));
 * recent.list()[0]?.correlationId;
 */
export class RecentCorrelations {
  private readonly byId = new Map<string, RecentCorrelation>();

  constructor(private readonly cap: number) {}

  add(records: readonly TraceRecord[]): void {
    for (const r of records) {
      let entry = this.byId.get(r.correlationId);
      if (!entry) {
        entry = { correlationId: r.correlationId, type: r.type, timeMs: r.timeMs, troubled: false };
        this.byId.set(r.correlationId, entry);
        // Insertion order is age order: drop the oldest beyond the cap.
        if (this.byId.size > this.cap * 4) this.byId.delete(this.byId.keys().next().value as string);
      }
      if (TROUBLE.has(r.kind)) entry.troubled = true;
    }
  }

  /** Newest first; troubled ones are kept a little longer so they stay pickable. */
  list(): RecentCorrelation[] {
    const all = [...this.byId.values()].reverse();
    const troubled = all.filter((c) => c.troubled).slice(0, Math.ceil(this.cap / 2));
    const rest = all.filter((c) => !c.troubled).slice(0, this.cap - troubled.length);
    return [...troubled, ...rest].sort((a, b) => b.timeMs - a.timeMs);
  }

  clear(): void {
    this.byId.clear();
  }
}
