import { MarkerType } from '@xyflow/react';
import type { FlowCanvasEdge, FlowEdge } from '../flow-types';

const COLORS: Record<FlowEdge['kind'], string> = { produces: '#1f57c9', consumes: '#047857', 'on-channel': '#94a3b8' };

// Built once per kind: every edge of a kind shares the same style objects.
const APPEARANCE = Object.fromEntries(
  (Object.keys(COLORS) as Array<FlowEdge['kind']>).map((kind) => [
    kind,
    {
      className: `flow-edge flow-edge-${kind}`,
      style: { stroke: COLORS[kind], strokeWidth: 1.5, ...(kind === 'on-channel' ? { strokeDasharray: '5 4' } : {}) },
      markerEnd: { type: MarkerType.ArrowClosed, color: COLORS[kind], width: 16, height: 16 },
      labelStyle: { fill: COLORS[kind], fontSize: 11, fontWeight: 500 },
      labelBgStyle: { fill: '#ffffff', fillOpacity: 0.9 },
    },
  ]),
) as Record<FlowEdge['kind'], Pick<FlowCanvasEdge, 'className' | 'style' | 'markerEnd' | 'labelStyle' | 'labelBgStyle'>>;

/** Colour and arrow per relation kind: produces (blue), consumed by (green), on channel (dashed grey). */
export function edgeAppearance(kind: FlowEdge['kind']) {
  return APPEARANCE[kind];
}
