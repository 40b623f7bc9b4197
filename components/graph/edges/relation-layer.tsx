'use client';

import { EdgeLabelRenderer, useOnViewportChange, useStore, useStoreApi, type Viewport } from '@xyflow/react';
import { memo, useMemo, useState } from 'react';
import type { FlowEdge } from '../flow-types';
import { useFlowStore } from '../state/flow-store';
import { RELATION_COLORS } from './edge-appearance';
import { LABEL_MIN_ZOOM } from './labelled-edge';
import { relationCurves, type RelationCurve } from './relation-geometry';

const KINDS = Object.keys(RELATION_COLORS) as Array<FlowEdge['kind']>;
const arrowId = (kind: FlowEdge['kind']) => `flow-relation-arrow-${kind}`;
// Label boxes sized per text (three fixed words at 11px), so no label is measured in the DOM.
const LABEL_WIDTH: Record<string, number> = { produces: 52, 'consumed by': 70, 'on channel': 62 };

const RelationPath = memo(function RelationPath({ kind, d, selected }: Pick<RelationCurve, 'kind' | 'd' | 'selected'>) {
  return <path className={`flow-relation flow-relation-${kind}${selected ? ' selected' : ''}`} d={d} stroke={RELATION_COLORS[kind]} markerEnd={`url(#${arrowId(kind)})`} />;
});

const RelationLabel = memo(function RelationLabel({ kind, text, x, y }: { kind: FlowEdge['kind']; text: string; x: number; y: number }) {
  const width = LABEL_WIDTH[text] ?? text.length * 6.5;
  return (
    <g transform={`translate(${x} ${y})`} className="flow-relation-label">
      <rect x={-width / 2} y={-9} width={width} height={18} rx={2} />
      <text fill={RELATION_COLORS[kind]}>{text}</text>
    </g>
  );
});

/** The view labels are chosen for: where the last gesture ended (read, not subscribed to, so a pan never re-renders the layer). */
function useSettledView(): Viewport {
  const store = useStoreApi();
  const [view, setView] = useState<Viewport | null>(null);
  useOnViewportChange({ onEnd: setView });
  if (view) return view;
  const [x, y, zoom] = store.getState().transform;
  return { x, y, zoom };
}

/**
 * Every relation of a large flow as plain SVG paths in one layer under the nodes, instead of
 * one React Flow edge component per relation: the layer does not change while the view pans or
 * zooms, so a pan moves pixels already drawn. Hit-testing is done in script (nearestRelation).
 */
export const RelationLayer = memo(function RelationLayer() {
  const nodes = useFlowStore((s) => s.nodes);
  const edges = useFlowStore((s) => s.edges);
  const curves = useMemo(() => relationCurves(nodes, edges), [nodes, edges]);
  const view = useSettledView();
  const pane = useStore((s) => ({ width: s.width, height: s.height }), (a, b) => a.width === b.width && a.height === b.height);
  // Labels of the relations whose middle is in view when the view settles: none are added or dropped during a gesture.
  const labelled = useMemo(() => {
    if (view.zoom < LABEL_MIN_ZOOM) return [];
    const [left, top] = [-view.x / view.zoom, -view.y / view.zoom];
    const [right, bottom] = [left + pane.width / view.zoom, top + pane.height / view.zoom];
    return curves.filter((c) => c.text && c.label.x >= left && c.label.x <= right && c.label.y >= top && c.label.y <= bottom);
  }, [curves, view.x, view.y, view.zoom, pane]);
  return (
    <EdgeLabelRenderer>
      <svg className="flow-relations" aria-hidden="true" data-testid="flow-relations">
        <defs>
          {KINDS.map((kind) => (
            <marker key={kind} id={arrowId(kind)} markerWidth="16" markerHeight="16" viewBox="-10 -10 20 20" markerUnits="strokeWidth" orient="auto-start-reverse" refX="0" refY="0">
              <polyline points="-5,-4 0,0 -5,4 -5,-4" stroke={RELATION_COLORS[kind]} fill={RELATION_COLORS[kind]} strokeWidth="1" strokeLinecap="round" strokeLinejoin="round" />
            </marker>
          ))}
        </defs>
        {curves.map((c) => (
          <RelationPath key={c.id} kind={c.kind} d={c.d} selected={c.selected} />
        ))}
        {labelled.map((c) => (
          <RelationLabel key={c.id} kind={c.kind} text={c.text} x={c.label.x} y={c.label.y} />
        ))}
      </svg>
    </EdgeLabelRenderer>
  );
});
