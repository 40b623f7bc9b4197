'use client';

import { memo, useMemo } from 'react';
import { duration } from './format';
import { emittedPerBin } from './timeline';
import { useSimulation } from './use-simulation';

const BINS = 60;

/** The run over virtual time: progress, and events emitted per slice of time as bars. */
export const SimTimeline = memo(function SimTimeline() {
  const points = useSimulation((s) => s.frame?.timeline);
  const progress = useSimulation((s) => s.frame?.snapshot.progress ?? 0);
  const done = useSimulation((s) => s.frame?.done ?? false);
  const bars = useMemo(() => emittedPerBin(points ?? [], BINS), [points]);
  const peak = Math.max(1, ...bars);
  const end = points?.[points.length - 1]?.timeMs ?? 0;
  const troubleAt = useMemo(() => {
    const first = points?.find((p) => p.deadLettered > 0 || p.violations > 0);
    return first && end > 0 ? first.timeMs / end : null;
  }, [points, end]);
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3" data-testid="sim-timeline">
      <div className="flex items-baseline justify-between text-xs text-slate-500">
        <span>Events emitted over virtual time</span>
        <span data-testid="sim-status">
          {done ? 'finished' : `${Math.round(progress * 100)}%`} · 0 – {duration(end)}
        </span>
      </div>
      <div className="relative mt-1 flex h-12 items-end gap-px" aria-hidden="true">
        {bars.map((n, i) => (
          <div key={i} className="flex-1 rounded-t-sm bg-brand-500/70" style={{ height: `${(n / peak) * 100}%` }} />
        ))}
        {troubleAt !== null && <div className="absolute inset-y-0 w-px bg-red-500" style={{ left: `${troubleAt * 100}%` }} title="First DLQ or violation" />}
      </div>
      <div className="mt-1.5 h-1.5 overflow-hidden rounded-full bg-slate-100" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(progress * 100)} aria-label="Run progress">
        <div className={`h-full ${done ? 'bg-emerald-500' : 'bg-brand-600'}`} style={{ width: `${progress * 100}%` }} />
      </div>
    </div>
  );
});
