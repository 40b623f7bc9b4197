import { MarkerType } from '@xyflow/react';
import type { FlowCanvasEdge, FlowEdge } from '../flow-types';

/** One colour per relation kind, shared by React Flow's edges and the large-flow relation layer. */
export const RELATION_COLORS: Record<FlowEdge['kind'], string> = { produces: '#1f57c9', consumes: '#047857', 'on-channel': '#94a3b8' };

// Built once per kind: every edge of a kind shares the same style objects.
const APPEARANCE = Object.fromEntries(
  (Object.keys(RELATION_COLORS) as Array<FlowEdge['kind']>).map((kind) => [
    kind,
    {
      className: `flow-edge flow-edge-${kind}`,
      // The on-channel dash is in CSS (globals.css). Large flows use none of this: relation-layer.tsx draws their relations.
      style: { stroke: RELATION_COLORS[kind], strokeWidth: 1.5 },
      markerEnd: { type: MarkerType.ArrowClosed, color: RELATION_COLORS[kind], width: 16, height: 16 },
      labelStyle: { fill: RELATION_COLORS[kind], fontSize: 11, fontWeight: 500 },
      labelBgStyle: { fill: '#ffffff', fillOpacity: 0.9 },
    },
  ]),
) as Record<FlowEdge['kind'], Pick<FlowCanvasEdge, 'className' | 'style' | 'markerEnd' | 'labelStyle' | 'labelBgStyle'>>;

/** Colour and arrow per relation kind: produces (blue), consumed by (green), on channel (grey, dashed on small flows). */
export function edgeAppearance(kind: FlowEdge['kind']) {
  return APPEARANCE[kind];
}
