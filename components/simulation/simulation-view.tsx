'use client';

import { memo, useMemo, useState } from 'react';
import type { Catalog } from '@/lib/domain/model';
import type { FlowGraph } from '@/lib/server/flows/flow-graph';
import { indexGraph } from './graph-index';
import type { SimSetup } from './protocol';
import { SimCanvas } from './sim-canvas';
import { SimControls } from './sim-controls';
import { SimFaultPanel } from './sim-fault-panel';
import { SimMetricsTable } from './sim-metrics-table';
import { SimTimeline } from './sim-timeline';
import { SimTotals } from './sim-totals';
import { SimTraceView } from './sim-trace-view';
import { SimulationProvider, useSimulation } from './use-simulation';

export interface ReadyScenario {
  name: string;
  description: string;
  seed: number;
}

/**
 * The live simulation of one flow: controls, totals and timeline, the read-only
 * canvas with moving events, faults, metrics and traces. The engine runs in a
 * Web Worker; this only draws what it reports.
 *
 * @example
 * <SimulationView flowSlug="order-saga" graph={graph} catalog={catalog} ready={{ name: 'Saga', description: '…', seed: 42 }} />
 */
export function SimulationView({ flowSlug, graph, catalog, ready }: { flowSlug: string; graph: Pick<FlowGraph, 'nodes' | 'edges'>; catalog: Catalog; ready: ReadyScenario | null }) {
  const [setup] = useState<SimSetup>(() => ({ catalog, flowSlug, scenario: ready ? 'ready' : 'plain', seed: ready?.seed ?? 1, eventsPerProducer: null }));
  const index = useMemo(() => indexGraph(graph), [graph]);
  const events = useMemo(() => graph.nodes.filter((n) => n.kind === 'event').map((n) => n.data.item.name), [graph.nodes]);
  const consumers = useMemo(() => {
    const ids = new Set(graph.edges.filter((e) => e.kind === 'consumes').map((e) => e.target.id));
    return graph.nodes.filter((n) => n.kind === 'service' && ids.has(n.refId)).map((n) => n.data.item.name);
  }, [graph]);
  const controlsReady = useMemo(() => (ready ? { name: ready.name, seed: ready.seed } : null), [ready]);

  return (
    <SimulationProvider setup={setup} index={index}>
      <div className="space-y-3">
        {ready && <p className="text-sm text-slate-600">{ready.description}</p>}
        <SimControls ready={controlsReady} />
        <SimError />
        <SimTotals />
        <SimTimeline />
        <div className="h-[560px] overflow-hidden rounded-lg border border-slate-200 bg-slate-50">
          <SimCanvas graph={graph} />
        </div>
        <div className="grid items-start gap-3 lg:grid-cols-[17rem_1fr]">
          <SimFaultPanel events={events} consumers={consumers} />
          <SimTraceView />
        </div>
        <SimMetricsTable />
      </div>
    </SimulationProvider>
  );
}

const SimError = memo(function SimError() {
  const error = useSimulation((s) => s.error);
  if (!error) return null;
  return (
    <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
      {error}
    </p>
  );
});
