'use client';

import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNodeKind } from '@/lib/domain/model';
import { compact } from './format';
import { useSimulation } from './use-simulation';

export type SimNodeData = { kind: FlowNodeKind; name: string };
export type SimCanvasNode = Node<SimNodeData, 'sim'>;

const TONES: Record<FlowNodeKind, { ring: string; badge: string; label: string }> = {
  service: { ring: 'border-brand-500', badge: 'bg-brand-50 text-brand-700', label: 'Service' },
  event: { ring: 'border-amber-500', badge: 'bg-amber-50 text-amber-800', label: 'Event' },
  channel: { ring: 'border-slate-400', badge: 'bg-slate-100 text-slate-700', label: 'Channel' },
};

const HANDLE = '!h-2 !w-2 !min-w-0 !border-0 !bg-slate-400';

/** A flow node on the simulation canvas, with its live counters as badges. */
export const SimNode = memo(function SimNode({ id, data }: NodeProps<SimCanvasNode>) {
  const m = useSimulation((s) => s.nodeMetrics[id]);
  const tone = TONES[data.kind];
  const troubled = m !== undefined && (m.deadLettered > 0 || m.violations > 0);
  return (
    <div
      className={`w-48 rounded-lg border-2 bg-white px-3 py-2 shadow-sm ${troubled ? 'border-red-500' : tone.ring}`}
      data-testid="sim-node"
      data-name={data.name}
      data-lag={m?.lag.current ?? 0}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} className={HANDLE} />
      <span className={`rounded px-1.5 py-0.5 text-[10px] font-semibold uppercase tracking-wide ${tone.badge}`}>{tone.label}</span>
      <div className="mt-1 truncate text-sm font-semibold text-slate-900" title={data.name}>
        {data.name}
      </div>
      {m && (
        <div className="mt-1 flex flex-wrap gap-1 text-[10px] font-medium tabular-nums">
          {data.kind === 'service' && <Badge title="Processed / emitted">{`in ${compact(m.in)} · out ${compact(m.out)}`}</Badge>}
          {data.kind === 'event' && <Badge title="Published">{`${compact(m.out)} published`}</Badge>}
          {data.kind === 'channel' && <Badge title="Published / delivered">{`${compact(m.out)} → ${compact(m.in)}`}</Badge>}
          {m.throughput > 0 && <Badge title="Per virtual second">{`${compact(m.throughput)}/s`}</Badge>}
          {m.latencyMs && <Badge title="Latency p50 / p99">{`p50 ${compact(m.latencyMs.p50)} · p99 ${compact(m.latencyMs.p99)} ms`}</Badge>}
          {m.lag.current > 0 && <Badge tone="amber" title={`Consumer lag (max ${m.lag.max})`}>{`lag ${compact(m.lag.current)}`}</Badge>}
          {m.retries > 0 && <Badge tone="amber" title="Retries">{`↻ ${compact(m.retries)}`}</Badge>}
          {m.deadLettered > 0 && <Badge tone="red" title="Dead-lettered">{`DLQ ${compact(m.deadLettered)}`}</Badge>}
          {m.violations > 0 && <Badge tone="red" title="Contract violations">{`⚠ ${compact(m.violations)}`}</Badge>}
        </div>
      )}
      <Handle type="source" position={Position.Right} isConnectable={false} className={HANDLE} />
    </div>
  );
});

function Badge({ children, title, tone = 'slate' }: { children: string; title: string; tone?: 'slate' | 'amber' | 'red' }) {
  const cls = tone === 'red' ? 'bg-red-50 text-red-700' : tone === 'amber' ? 'bg-amber-50 text-amber-800' : 'bg-slate-100 text-slate-700';
  return (
    <span className={`rounded px-1 py-0.5 ${cls}`} title={title}>
      {children}
    </span>
  );
}
