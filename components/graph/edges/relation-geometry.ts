import type { FlowCanvasEdge, FlowCanvasNode, Point } from '../flow-types';
import { NODE_SIZE } from '../nodes/node-geometry';

/** A relation drawn as React Flow's default bezier: the same `d`, the same label point. */
export interface RelationCurve {
  id: string;
  kind: NonNullable<FlowCanvasEdge['data']>['kind'];
  d: string;
  label: Point;
  /** Start, the two control points, end. */
  points: [Point, Point, Point, Point];
  selected: boolean;
  /** "produces", "consumed by" or "on channel". */
  text: string;
}

// Handles sit half outside the card, mid-height (see nodeGeometry): React Flow joins an edge at the handle's outer side.
const HANDLE = 12;
const SOURCE_OFFSET = { x: NODE_SIZE.width + HANDLE / 2, y: NODE_SIZE.height / 2 };
const TARGET_OFFSET = { x: -HANDLE / 2, y: NODE_SIZE.height / 2 };
const CURVATURE = 0.25;

// React Flow's control offset for a right→left bezier (calculateControlOffset in @xyflow/system).
const controlOffset = (distance: number) => (distance >= 0 ? 0.5 * distance : CURVATURE * 25 * Math.sqrt(-distance));

/**
 * The curve from a source card's right handle to a target card's left handle.
 *
 * @example
 * curveBetween({ x: 0, y: 0 }, { x: 400, y: 0 }).d; // 'M198,40 C296,40 296,40 394,40'
 */
export function curveBetween(source: Point, target: Point): Pick<RelationCurve, 'd' | 'label' | 'points'> {
  const s = { x: source.x + SOURCE_OFFSET.x, y: source.y + SOURCE_OFFSET.y };
  const t = { x: target.x + TARGET_OFFSET.x, y: target.y + TARGET_OFFSET.y };
  const c1 = { x: s.x + controlOffset(t.x - s.x), y: s.y };
  const c2 = { x: t.x - controlOffset(t.x - s.x), y: t.y };
  const label = { x: s.x * 0.125 + c1.x * 0.375 + c2.x * 0.375 + t.x * 0.125, y: s.y * 0.125 + c1.y * 0.375 + c2.y * 0.375 + t.y * 0.125 };
  return { d: `M${s.x},${s.y} C${c1.x},${c1.y} ${c2.x},${c2.y} ${t.x},${t.y}`, label, points: [s, c1, c2, t] };
}

/**
 * Every drawable relation's curve from the nodes' current positions (a relation whose end is not in the view is skipped).
 *
 * @example
 * relationCurves(nodes, edges).map((c) => c.d);
 */
export function relationCurves(nodes: FlowCanvasNode[], edges: FlowCanvasEdge[]): RelationCurve[] {
  const at = new Map(nodes.map((n) => [n.id, n.position]));
  const curves: RelationCurve[] = [];
  for (const e of edges) {
    const source = at.get(e.source);
    const target = at.get(e.target);
    if (!source || !target || !e.data) continue;
    curves.push({ id: e.id, kind: e.data.kind, selected: Boolean(e.selected), text: typeof e.label === 'string' ? e.label : '', ...curveBetween(source, target) });
  }
  return curves;
}

const SAMPLES = 24;

function bezierAt([p0, p1, p2, p3]: RelationCurve['points'], t: number): Point {
  const u = 1 - t;
  const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return { x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y };
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * The relation nearest to a flow point within `tolerance` (flow units), or null: the layer is
 * hit-tested in script, once per click, instead of by the browser on every mouse move.
 *
 * @example
 * nearestRelation(curves, rf.screenToFlowPosition({ x: e.clientX, y: e.clientY }), 10 / zoom)?.id;
 */
export function nearestRelation(curves: RelationCurve[], at: Point, tolerance: number): RelationCurve | null {
  let best: RelationCurve | null = null;
  let bestDistance = tolerance;
  for (const curve of curves) {
    // Most relations are ruled out by their box, without sampling.
    if (!overlaps(boxOf(curve), { x: at.x - tolerance, y: at.y - tolerance, width: 2 * tolerance, height: 2 * tolerance })) continue;
    let previous = curve.points[0];
    for (let i = 1; i <= SAMPLES; i++) {
      const next = bezierAt(curve.points, i / SAMPLES);
      const distance = distanceToSegment(at, previous, next);
      if (distance <= bestDistance) [best, bestDistance] = [curve, distance];
      previous = next;
    }
  }
  return best;
}

export interface FlowRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A curve's box: it lies inside its control points' box. */
function boxOf(curve: RelationCurve): FlowRect {
  const xs = curve.points.map((p) => p.x);
  const ys = curve.points.map((p) => p.y);
  const [x, y] = [Math.min(...xs), Math.min(...ys)];
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

const overlaps = (a: FlowRect, b: FlowRect) => a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

/**
 * The relations that may cross a flow rectangle (by their curve's box), to draw only those.
 *
 * @example
 * relationsIn(curves, { x: 0, y: 0, width: 2000, height: 1000 }).length;
 */
export function relationsIn(curves: RelationCurve[], rect: FlowRect): RelationCurve[] {
  return curves.filter((c) => overlaps(boxOf(c), rect));
}

/**
 * What a pane shows of the flow at a viewport, in flow units.
 *
 * @example
 * visibleRect({ x: -100, y: 0, zoom: 2 }, { width: 800, height: 600 }); // { x: 50, y: 0, width: 400, height: 300 }
 */
export function visibleRect(view: { x: number; y: number; zoom: number }, pane: { width: number; height: number }): FlowRect {
  return { x: -view.x / view.zoom, y: -view.y / view.zoom, width: pane.width / view.zoom, height: pane.height / view.zoom };
}

/**
 * Whether `outer` holds all of `inner`.
 *
 * @example
 * covers({ x: 0, y: 0, width: 10, height: 10 }, { x: 2, y: 2, width: 5, height: 5 }); // true
 */
export function covers(outer: FlowRect, inner: FlowRect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}
