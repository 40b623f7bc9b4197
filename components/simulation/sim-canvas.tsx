'use client';

import { Background, Controls, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { memo, useMemo } from 'react';
import type { FlowGraph } from '@/lib/server/flows/flow-graph';
import { SimEdge, type SimCanvasEdge } from './sim-edge';
import { SimNode, type SimCanvasNode } from './sim-node';

const NODE_TYPES = { sim: SimNode };
const EDGE_TYPES = { sim: SimEdge };
const FIT_VIEW = { padding: 0.15 };

/**
 * The flow as stored (positions, relations), read-only: nodes carry live
 * badges, edges carry moving dots. Nothing here can change the flow.
 *
 * @example
 * <SimCanvas graph={graph} />
 */
export const SimCanvas = memo(function SimCanvas({ graph }: { graph: Pick<FlowGraph, 'nodes' | 'edges'> }) {
  const nodes = useMemo<SimCanvasNode[]>(
    () =>
      graph.nodes.map((n) => ({
        id: `${n.kind}:${n.refId}`,
        type: 'sim',
        position: { x: n.x, y: n.y },
        data: { kind: n.kind, name: n.data.item.name },
      })),
    [graph.nodes],
  );
  const edges = useMemo<SimCanvasEdge[]>(
    () =>
      graph.edges.map((e) => ({
        id: e.id,
        type: 'sim',
        source: `${e.source.kind}:${e.source.id}`,
        target: `${e.target.kind}:${e.target.id}`,
        data: { kind: e.kind },
      })),
    [graph.edges],
  );
  return (
    <ReactFlowProvider>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        edgesFocusable={false}
        nodesFocusable={false}
        fitView
        fitViewOptions={FIT_VIEW}
        minZoom={0.2}
        data-testid="sim-canvas"
      >
        <Background gap={24} color="#e2e8f0" />
        <Controls showInteractive={false} />
      </ReactFlow>
    </ReactFlowProvider>
  );
});
