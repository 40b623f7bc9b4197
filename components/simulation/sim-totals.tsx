'use client';

import { memo } from 'react';
import type { SimulationTotals } from '@/lib/domain/simulator';
import { compact, duration } from './format';
import { useSimulation } from './use-simulation';

const CELLS: Array<{ key: keyof SimulationTotals; label: string; testId: string; alarm?: boolean }> = [
  { key: 'events', label: 'Events', testId: 'sim-total-events' },
  { key: 'deliveries', label: 'Delivered', testId: 'sim-total-delivered' },
  { key: 'processed', label: 'Processed', testId: 'sim-total-processed' },
  { key: 'retries', label: 'Retries', testId: 'sim-total-retries' },
  { key: 'deadLettered', label: 'DLQ', testId: 'sim-total-dlq', alarm: true },
  { key: 'violations', label: 'Violations', testId: 'sim-total-violations', alarm: true },
  { key: 'deduplicated', label: 'Deduplicated', testId: 'sim-total-deduplicated' },
];

/** The run's running totals, virtual time and worker speed. */
export const SimTotals = memo(function SimTotals() {
  const totals = useSimulation((s) => s.frame?.snapshot.totals);
  const timeMs = useSimulation((s) => s.frame?.snapshot.timeMs ?? 0);
  const pending = useSimulation((s) => s.frame?.snapshot.pending ?? 0);
  const stepsPerSecond = useSimulation((s) => s.frame?.stepsPerSecond ?? 0);
  const playing = useSimulation((s) => s.frame?.playing ?? false);
  return (
    <dl className="grid grid-cols-4 gap-2 sm:grid-cols-8">
      <div className="rounded-md bg-slate-50 px-2 py-1.5">
        <dt className="text-[11px] text-slate-500">Virtual time</dt>
        <dd className="font-mono text-sm font-semibold tabular-nums text-slate-900" data-testid="sim-time">
          {duration(timeMs)}
        </dd>
      </div>
      {CELLS.map((c) => {
        const value = totals?.[c.key] ?? 0;
        return (
          <div key={c.key} className={`rounded-md px-2 py-1.5 ${c.alarm && value > 0 ? 'bg-red-50' : 'bg-slate-50'}`}>
            <dt className="text-[11px] text-slate-500">{c.label}</dt>
            <dd className={`font-mono text-sm font-semibold tabular-nums ${c.alarm && value > 0 ? 'text-red-700' : 'text-slate-900'}`} data-testid={c.testId} data-value={value}>
              {compact(value)}
            </dd>
          </div>
        );
      })}
      <p className="col-span-full text-[11px] text-slate-500">
        {compact(pending)} scheduled items pending{playing && stepsPerSecond > 0 ? ` · worker ${compact(stepsPerSecond)} steps/s` : ''}
      </p>
    </dl>
  );
});
