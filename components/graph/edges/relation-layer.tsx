'use client';

import { EdgeLabelRenderer, useOnViewportChange, useStore, useStoreApi, type ReactFlowState, type Viewport } from '@xyflow/react';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { FlowCanvasEdge, FlowCanvasNode, FlowEdge } from '../flow-types';
import { useFlowStore, useFlowStoreApi } from '../state/flow-store';
import { RELATION_COLORS } from './edge-appearance';
import { openingBounds } from '../canvas/opening-view';
import { LABEL_MIN_ZOOM } from './labelled-edge';
import { covers, relationCurves, relationsIn, visibleRect, type FlowRect, type RelationCurve } from './relation-geometry';

/** The drawn area: what is in view plus half a pane on every side, at the zoom it was drawn for. */
type Region = FlowRect & { zoom: number };
const MARGIN = 0.5;
const MAX_PIXELS = 4096;
const KINDS = Object.keys(RELATION_COLORS) as Array<FlowEdge['kind']>;
const OPACITY: Record<FlowEdge['kind'], number> = { produces: 1, consumes: 1, 'on-channel': 0.7 };
// React Flow's closed arrow at stroke width 1.5 (a 16×16 marker over a 20-unit box).
const ARROW = { length: 6, half: 4.8 };
const LABEL_FONT = '500 11px ui-sans-serif, system-ui, sans-serif';

const paneSize = (s: ReactFlowState) => ({ width: s.width, height: s.height });
const samePane = (a: { width: number; height: number }, b: { width: number; height: number }) => a.width === b.width && a.height === b.height;

function regionAround(view: Viewport, pane: { width: number; height: number }): Region {
  const seen = visibleRect(view, pane);
  return { x: seen.x - seen.width * MARGIN, y: seen.y - seen.height * MARGIN, width: seen.width * (1 + 2 * MARGIN), height: seen.height * (1 + 2 * MARGIN), zoom: view.zoom };
}

function draw(canvas: HTMLCanvasElement, shown: RelationCurve[], region: Region) {
  // Pixels for the zoom the region was drawn at (crisp when the view settles), capped for very large panes.
  const scale = Math.min(region.zoom * (window.devicePixelRatio || 1), MAX_PIXELS / region.width, MAX_PIXELS / region.height);
  Object.assign(canvas.style, { left: `${region.x}px`, top: `${region.y}px`, width: `${region.width}px`, height: `${region.height}px` });
  canvas.width = Math.ceil(region.width * scale);
  canvas.height = Math.ceil(region.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(scale, 0, 0, scale, -region.x * scale, -region.y * scale);
  ctx.lineCap = 'round';
  for (const kind of KINDS) {
    const ofKind = shown.filter((c) => c.kind === kind);
    ctx.globalAlpha = OPACITY[kind];
    ctx.strokeStyle = ctx.fillStyle = RELATION_COLORS[kind];
    // One path per kind, stroked once: each curve is rasterised once, not once per tile it crosses.
    strokeCurves(ctx, ofKind, 1.5);
    strokeCurves(ctx, ofKind.filter((c) => c.selected), 3);
    ctx.globalAlpha = 1;
    // Every curve ends flat into a left handle, so every arrow points right.
    ctx.beginPath();
    for (const { points: [, , , t] } of ofKind) {
      ctx.moveTo(t.x, t.y);
      ctx.lineTo(t.x - ARROW.length, t.y - ARROW.half);
      ctx.lineTo(t.x - ARROW.length, t.y + ARROW.half);
      ctx.closePath();
    }
    ctx.fill();
  }
  if (region.zoom >= LABEL_MIN_ZOOM) drawLabels(ctx, shown.filter((c) => c.text && c.label.x >= region.x && c.label.x <= region.x + region.width && c.label.y >= region.y && c.label.y <= region.y + region.height));
}

function strokeCurves(ctx: CanvasRenderingContext2D, curves: RelationCurve[], width: number) {
  ctx.beginPath();
  for (const { points: [s, c1, c2, t] } of curves) {
    ctx.moveTo(s.x, s.y);
    ctx.bezierCurveTo(c1.x, c1.y, c2.x, c2.y, t.x, t.y);
  }
  ctx.lineWidth = width;
  ctx.stroke();
}

function drawLabels(ctx: CanvasRenderingContext2D, curves: RelationCurve[]) {
  ctx.font = LABEL_FONT;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const c of curves) {
    const width = ctx.measureText(c.text).width + 8;
    ctx.globalAlpha = 0.9;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(c.label.x - width / 2, c.label.y - 9, width, 18);
    ctx.globalAlpha = 1;
    ctx.fillStyle = RELATION_COLORS[c.kind];
    ctx.fillText(c.text, c.label.x, c.label.y);
  }
}

/**
 * While nodes are dragged, the canvas keeps what it drew without their relations (drawn once when
 * the drag starts), and only those few follow the drag, as SVG paths: a drag tick never redraws
 * a thousand curves.
 */
function useDragSplit(nodes: FlowCanvasNode[], edges: FlowCanvasEdge[]): { still: RelationCurve[]; moving: RelationCurve[] } {
  const store = useFlowStoreApi();
  const dragged = useMemo(() => nodes.filter((n) => n.dragging).map((n) => n.id).sort().join(' '), [nodes]);
  const touches = useMemo(() => {
    const ids = new Set(dragged.split(' '));
    return (e: FlowCanvasEdge) => ids.has(e.source) || ids.has(e.target);
  }, [dragged]);
  // Recomputed when a drag starts or ends (or relations change), not on its ticks: the nodes are read, not subscribed to.
  const still = useMemo(() => (dragged ? relationCurves(store.getState().nodes, edges.filter((e) => !touches(e))) : null), [store, dragged, edges, touches]);
  const all = useMemo(() => (dragged ? null : relationCurves(nodes, edges)), [dragged, nodes, edges]);
  const moving = useMemo(() => (dragged ? relationCurves(nodes, edges.filter(touches)) : []), [dragged, nodes, edges, touches]);
  return { still: all ?? still ?? [], moving };
}

/**
 * Every relation of a large flow drawn on one canvas under the nodes, instead of one React Flow
 * edge component (and SVG paths) per relation. The canvas covers the view and half a pane
 * around it and is redrawn when the flow changes, when the view settles at another zoom, or when
 * a pan leaves the drawn area: a pan within it only moves pixels already drawn. Hit-testing is
 * done in script (nearestRelation).
 */
export const RelationLayer = memo(function RelationLayer({ whole = false }: { whole?: boolean }) {
  const nodes = useFlowStore((s) => s.nodes);
  const edges = useFlowStore((s) => s.edges);
  const { still: curves, moving } = useDragSplit(nodes, edges);
  const store = useStoreApi();
  const pane = useStore(paneSize, samePane);
  // A state, not a ref: the portal's target appears after the first render, and drawing must follow it.
  const [canvas, setCanvas] = useState<HTMLCanvasElement | null>(null);
  // Where the view settled (for this pane size); before any gesture, around the opening view.
  const [settled, setSettled] = useState<{ pane: typeof pane; region: Region } | null>(null);
  const region = useMemo(() => {
    if (settled && samePane(settled.pane, pane)) return settled.region;
    if (pane.width === 0 || pane.height === 0) return null;
    const [x, y, zoom] = store.getState().transform;
    return regionAround({ x, y, zoom }, pane);
  }, [settled, pane, store]);
  const drawn = useRef<Region | null>(null);
  useLayoutEffect(() => {
    drawn.current = region;
  }, [region]);
  const onChange = useCallback(
    (view: Viewport) => {
      if (drawn.current && !covers(drawn.current, visibleRect(view, pane))) setSettled({ pane, region: regionAround(view, pane) });
    },
    [pane],
  );
  // Settled: redraw at the new zoom, or around the view if it came near the drawn area's edge.
  const onEnd = useCallback(
    (view: Viewport) => {
      const current = drawn.current;
      const around = regionAround(view, pane);
      const inner = { x: around.x + around.width * 0.1, y: around.y + around.height * 0.1, width: around.width * 0.8, height: around.height * 0.8 };
      if (!current || current.zoom !== view.zoom || !covers(current, inner)) setSettled({ pane, region: around });
    },
    [pane],
  );
  useOnViewportChange({ onChange, onEnd });
  // An image export takes the whole flow (at fewer pixels per unit if it is very large).
  const wholeFlow = useMemo(() => (whole ? { ...openingBounds(nodes), zoom: 1 } : null), [whole, nodes]);
  const target = wholeFlow ?? region;
  const shown = useMemo(() => (target ? relationsIn(curves, target) : []), [curves, target]);
  useLayoutEffect(() => {
    if (canvas && target) draw(canvas, shown, target);
  }, [canvas, shown, target]);

  return (
    <EdgeLabelRenderer>
      <canvas ref={setCanvas} className="flow-relations" aria-hidden="true" data-testid="flow-relations" data-drawn={shown.length} />
      {moving.length > 0 && (
        <svg className="flow-relations flow-relations-moving" aria-hidden="true">
          {moving.map((c) => (
            <g key={c.id} stroke={RELATION_COLORS[c.kind]} fill={RELATION_COLORS[c.kind]} opacity={OPACITY[c.kind]}>
              <path d={c.d} fill="none" strokeWidth={1.5} />
              <path d={`M${c.points[3].x},${c.points[3].y} l${-ARROW.length},${-ARROW.half} v${2 * ARROW.half} z`} stroke="none" />
            </g>
          ))}
        </svg>
      )}
    </EdgeLabelRenderer>
  );
});
