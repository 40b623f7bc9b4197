'use client';

import { memo } from 'react';
import type { ConsumeEdgeMetrics, NodeMetrics, ProduceEdgeMetrics } from '@/lib/domain/simulator';
import { compact } from './format';
import { useSimulation } from './use-simulation';

const TH = 'px-2 py-1 text-right font-medium';
const TD = 'px-2 py-1 text-right tabular-nums';

/** Every node and edge of the run with its counters; red where something was dead-lettered or violated. */
export const SimMetricsTable = memo(function SimMetricsTable() {
  const result = useSimulation((s) => s.frame?.result);
  if (!result) return null;
  const produces = result.edges.filter((e): e is ProduceEdgeMetrics => e.kind === 'produces' && e.emitted > 0);
  const consumes = result.edges.filter((e): e is ConsumeEdgeMetrics => e.kind === 'consumes');
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-xs" data-testid="sim-metrics">
        <thead className="bg-slate-50 text-slate-500">
          <tr>
            <th className="px-2 py-1 text-left font-medium">Node / edge</th>
            <th className={TH}>Count</th>
            <th className={TH}>Per s</th>
            <th className={TH}>p50 ms</th>
            <th className={TH}>p99 ms</th>
            <th className={TH}>Retries</th>
            <th className={TH}>DLQ</th>
            <th className={TH}>Lag (max)</th>
            <th className={TH}>Violations</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {result.nodes.map((n) => (
            <NodeRow key={`${n.kind}:${n.name}`} n={n} />
          ))}
          {produces.map((e) => (
            <tr key={`p:${e.producer}:${e.event}`}>
              <td className="px-2 py-1 text-slate-700">{`${e.producer} → ${e.event} (v${e.version})`}</td>
              <td className={TD}>{compact(e.emitted)}</td>
              <td className={TD}>{compact(e.throughput)}</td>
              <td className={TD} colSpan={6} />
            </tr>
          ))}
          {consumes.map((e) => (
            <tr key={`c:${e.event}:${e.consumerGroup}`} className={e.deadLettered + e.violations > 0 ? 'bg-red-50' : ''} data-testid="sim-consume-row">
              <td className="px-2 py-1 text-slate-700" title={`group ${e.consumerGroup} on ${e.channel}${e.firstViolation ? ` · first violation: ${e.firstViolation}` : ''}`}>
                {`${e.event} → ${e.consumer}`}
              </td>
              <td className={TD}>{compact(e.processed)}</td>
              <td className={TD}>{compact(e.throughput)}</td>
              <td className={TD}>{compact(e.latencyMs.p50)}</td>
              <td className={TD}>{compact(e.latencyMs.p99)}</td>
              <td className={TD}>{compact(e.retries)}</td>
              <td className={TD}>{compact(e.deadLettered)}</td>
              <td className={TD}>{`${compact(e.lag.current)} (${compact(e.lag.max)})`}</td>
              <td className={TD}>{compact(e.violations)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});

function NodeRow({ n }: { n: NodeMetrics }) {
  return (
    <tr className={n.deadLettered + n.violations > 0 ? 'bg-red-50' : ''}>
      <td className="px-2 py-1 font-medium text-slate-900">
        <span className="mr-1 text-[10px] uppercase text-slate-400">{n.kind}</span>
        {n.name}
      </td>
      <td className={TD}>{compact(n.kind === 'service' ? n.in : n.out)}</td>
      <td className={TD}>{compact(n.throughput)}</td>
      <td className={TD}>{n.latencyMs ? compact(n.latencyMs.p50) : ''}</td>
      <td className={TD}>{n.latencyMs ? compact(n.latencyMs.p99) : ''}</td>
      <td className={TD}>{compact(n.retries)}</td>
      <td className={TD}>{compact(n.deadLettered)}</td>
      <td className={TD}>{`${compact(n.lag.current)} (${compact(n.lag.max)})`}</td>
      <td className={TD}>{compact(n.violations)}</td>
    </tr>
  );
}
