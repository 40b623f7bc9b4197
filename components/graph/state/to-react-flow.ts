import type { FlowCanvasEdge, FlowCanvasNode, FlowEdge, FlowGraphNode, FlowNodeData } from '../flow-types';
import { nodeId } from '../flow-types';
import { edgeAppearance } from '../edges/edge-appearance';
import { nodeGeometry } from '../nodes/node-geometry';

/**
 * A server graph node as React Flow draws it.
 *
 * @example
 * toCanvasNode({ kind: 'service', refId: 's1', x: 0, y: 0, data }).id; // 'service:s1'
 */
export function toCanvasNode(n: FlowGraphNode): FlowCanvasNode {
  return { id: nodeId(n), type: n.kind, position: { x: n.x, y: n.y }, data: n.data as FlowNodeData, ...nodeGeometry(n.kind) };
}

/**
 * A catalog relation as a labelled canvas edge ("produces", "consumed by", "on channel").
 *
 * @example
 * toCanvasEdge(edge).label; // 'produces'
 */
export function toCanvasEdge(e: FlowEdge): FlowCanvasEdge {
  return {
    id: e.id,
    type: 'relation',
    source: nodeId({ kind: e.source.kind, refId: e.source.id }),
    target: nodeId({ kind: e.target.kind, refId: e.target.id }),
    label: e.label,
    data: { kind: e.kind, relationId: e.relationId },
    ...edgeAppearance(e.kind),
  };
}

function sameItem(a: FlowNodeData, b: FlowNodeData): boolean {
  if (a.kind !== b.kind || a.item.id !== b.item.id || a.item.version !== b.item.version) return false;
  if (a.kind === 'event' && b.kind === 'event') return a.item.latestVersion === b.item.latestVersion;
  return true;
}

/**
 * Folds a freshly fetched graph into what the canvas shows. Nodes the local user holds
 * (dragging, or a save in flight) keep their local position; unchanged nodes keep their
 * object identity so memoised node components do not re-render.
 *
 * @example
 * mergeNodes(current, fresh.nodes, (id) => dragging.has(id));
 */
export function mergeNodes(current: FlowCanvasNode[], fresh: FlowGraphNode[], holdLocal: (id: string) => boolean): FlowCanvasNode[] {
  const byId = new Map(current.map((n) => [n.id, n]));
  return fresh.map((f) => {
    const id = nodeId(f);
    const mine = byId.get(id);
    if (!mine) return toCanvasNode(f);
    const position = holdLocal(id) || (mine.position.x === f.x && mine.position.y === f.y) ? mine.position : { x: f.x, y: f.y };
    const data = sameItem(mine.data, f.data as FlowNodeData) ? mine.data : (f.data as FlowNodeData);
    return position === mine.position && data === mine.data ? mine : { ...mine, position, data };
  });
}

/**
 * The fresh edges, reusing the current objects (and their selection) where nothing changed.
 *
 * @example
 * mergeEdges(current, fresh.edges).length === fresh.edges.length; // true
 */
export function mergeEdges(current: FlowCanvasEdge[], fresh: FlowEdge[]): FlowCanvasEdge[] {
  const byId = new Map(current.map((e) => [e.id, e]));
  return fresh.map((f) => {
    const mine = byId.get(f.id);
    const next = toCanvasEdge(f);
    return mine && mine.source === next.source && mine.target === next.target ? mine : next;
  });
}
