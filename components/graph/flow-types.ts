import type { Edge, Node } from '@xyflow/react';
import type { FlowEdge } from '@/lib/domain/graph/flow-graph';
import type { FlowNodeKind } from '@/lib/domain/model';
import type { FlowGraph, FlowGraphNode, FlowItem } from '@/lib/server/flows/flow-graph';

export type { FlowEdge, FlowGraph, FlowGraphNode, FlowItem, FlowNodeKind };

/** What a canvas node carries: the catalog item it stands for (kind-tagged). */
export type FlowNodeData = FlowItem & Record<string, unknown>;
export type FlowCanvasNode = Node<FlowNodeData, FlowNodeKind>;
export type FlowEdgeData = { kind: FlowEdge['kind']; relationId: string };
export type FlowCanvasEdge = Edge<FlowEdgeData>;

export interface NodeRef {
  kind: FlowNodeKind;
  refId: string;
}

export interface Point {
  x: number;
  y: number;
}

/**
 * A canvas node's id: kind and catalog id, so edges from the server map without lookups.
 *
 * @example
 * nodeId({ kind: 'service', refId: 'abc' }); // 'service:abc'
 */
export function nodeId(ref: NodeRef): string {
  return `${ref.kind}:${ref.refId}`;
}

/**
 * The catalog reference behind a canvas node id.
 *
 * @example
 * refOf('event:e1'); // { kind: 'event', refId: 'e1' }
 */
export function refOf(id: string): NodeRef {
  const at = id.indexOf(':');
  return { kind: id.slice(0, at) as FlowNodeKind, refId: id.slice(at + 1) };
}
