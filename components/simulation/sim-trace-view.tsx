'use client';

import { memo, useEffect } from 'react';
import type { TraceNode, TraceRecord } from '@/lib/domain/simulator';
import { duration } from './format';
import { useSimulation, useSimulationCommand } from './use-simulation';

const KIND_TONE: Partial<Record<TraceRecord['kind'], string>> = {
  retry: 'text-amber-700',
  failed: 'text-amber-700',
  'dead-letter': 'text-red-700 font-semibold',
  dropped: 'text-red-700',
  violation: 'text-red-700 font-semibold',
  fault: 'text-violet-700',
};

/** Recent correlation ids to pick from, and the picked one's causation tree with every hop. */
export const SimTraceView = memo(function SimTraceView() {
  const send = useSimulationCommand();
  const recent = useSimulation((s) => s.frame?.recent);
  const trace = useSimulation((s) => s.trace);
  // While the run goes on, the picked trace grows: refresh it twice a (virtual) second.
  const tick = useSimulation((s) => (s.frame?.playing ? Math.floor(s.frame.snapshot.timeMs / 500) : -1));
  const picked = trace?.correlationId;
  useEffect(() => {
    if (picked !== undefined && tick >= 0) send({ type: 'trace', correlationId: picked });
  }, [picked, tick, send]);
  return (
    <div className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-[14rem_1fr]" data-testid="sim-trace">
      <div>
        <h3 className="text-sm font-semibold text-slate-900">Recent correlations</h3>
        <ul className="mt-1 max-h-80 space-y-0.5 overflow-y-auto text-xs">
          {(recent ?? []).map((c) => (
            <li key={c.correlationId}>
              <button
                type="button"
                className={`w-full truncate rounded px-1.5 py-0.5 text-left font-mono hover:bg-slate-100 ${trace?.correlationId === c.correlationId ? 'bg-brand-50' : ''} ${c.troubled ? 'text-red-700' : 'text-slate-700'}`}
                onClick={() => send({ type: 'trace', correlationId: c.correlationId })}
                title={`${c.type} at ${duration(c.timeMs)}`}
                data-testid="sim-correlation"
              >
                {c.troubled ? '⚠ ' : ''}
                {c.correlationId} <span className="font-sans text-slate-400">{c.type}</span>
              </button>
            </li>
          ))}
          {(recent ?? []).length === 0 && <li className="text-slate-400">Play the run to see correlations.</li>}
        </ul>
      </div>
      <div className="min-w-0">
        {trace ? (
          <>
            <h3 className="text-sm font-semibold text-slate-900">
              Trace <span className="font-mono">{trace.correlationId}</span>
            </h3>
            {trace.roots.length === 0 && <p className="text-xs text-slate-500">No longer in the trace window (the latest 20,000 records are kept).</p>}
            <ol className="mt-1 space-y-1 text-xs">
              {trace.roots.map((n) => (
                <TraceBranch key={n.envelope.id} node={n} />
              ))}
            </ol>
          </>
        ) : (
          <p className="text-xs text-slate-500">Pick a correlation id to see how its events caused each other.</p>
        )}
      </div>
    </div>
  );
});

function TraceBranch({ node }: { node: TraceNode }) {
  const e = node.envelope;
  return (
    <li className="rounded border border-slate-200 p-1.5" data-testid="sim-trace-node">
      <div className="flex flex-wrap items-baseline gap-x-2">
        <span className="font-semibold text-slate-900">{e.type}</span>
        <span className="text-slate-500">from {e.source}</span>
        <span className="font-mono text-slate-400">{e.time}</span>
        <span className="font-mono text-slate-400" title="id / causationid">
          {e.id}
          {e.causationid ? ` ← ${e.causationid}` : ''}
        </span>
        <span className="text-slate-400">v{e.dataversion}</span>
      </div>
      <ul className="mt-0.5 space-y-px pl-2">
        {node.records.map((r, i) => (
          <li key={i} className={KIND_TONE[r.kind] ?? 'text-slate-600'}>
            <span className="inline-block w-16 tabular-nums text-slate-400">{duration(r.timeMs)}</span>
            {r.kind} {r.kind === 'publish' ? `→ ${r.channel ?? ''}${r.partition !== null ? `[${r.partition}]` : ''}` : `@ ${r.service}`}
            {r.attempt !== null ? ` (attempt ${r.attempt})` : ''}
            {r.detail ? ` — ${r.detail}` : ''}
          </li>
        ))}
      </ul>
      {node.children.length > 0 && (
        <ol className="mt-1 space-y-1 border-l-2 border-slate-200 pl-3">
          {node.children.map((c) => (
            <TraceBranch key={c.envelope.id} node={c} />
          ))}
        </ol>
      )}
    </li>
  );
}
