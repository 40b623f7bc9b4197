'use client';

import { useFlowStore } from '../state/flow-store';

/** The flow page header's counts, following the canvas (drawn, placed and removed items), not the first server render. */
export function FlowCounts() {
  const nodes = useFlowStore((s) => s.nodes.length);
  const edges = useFlowStore((s) => s.edges.length);
  return (
    <p className="text-sm text-slate-500" data-testid="flow-counts">
      {nodes} nodes · {edges} relations
    </p>
  );
}
