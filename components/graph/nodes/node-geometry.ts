import { Position, type NodeHandle } from '@xyflow/react';
import type { FlowNodeKind } from '@/lib/domain/model';
import type { FlowCanvasNode } from '../flow-types';
import { CHANNEL_CONNECTIONS } from './channel/connections';
import { EVENT_CONNECTIONS } from './event/connections';
import type { NodeConnections } from './node-connections';
import { SERVICE_CONNECTIONS } from './service/connections';

/** Every node card has this fixed size (see NodeCard), so its geometry is known before it is drawn. */
export const NODE_SIZE = { width: 192, height: 80 } as const;
const HANDLE = 12;
const CONNECTIONS: Record<FlowNodeKind, NodeConnections> = { service: SERVICE_CONNECTIONS, event: EVENT_CONNECTIONS, channel: CHANNEL_CONNECTIONS };

function handlesOf(kind: FlowNodeKind): NodeHandle[] {
  const middle = NODE_SIZE.height / 2 - HANDLE / 2;
  const handles: NodeHandle[] = [];
  if (CONNECTIONS[kind].target.length > 0) handles.push({ id: null, type: 'target', position: Position.Left, x: -HANDLE / 2, y: middle, width: HANDLE, height: HANDLE });
  if (CONNECTIONS[kind].source.length > 0) handles.push({ id: null, type: 'source', position: Position.Right, x: NODE_SIZE.width - HANDLE / 2, y: middle, width: HANDLE, height: HANDLE });
  return handles;
}

// Shared per kind: a thousand nodes carry the same two objects.
const GEOMETRY = Object.fromEntries(
  (['service', 'event', 'channel'] as const).map((kind) => [kind, { measured: { ...NODE_SIZE }, handles: handlesOf(kind) }]),
) as Record<FlowNodeKind, Pick<FlowCanvasNode, 'measured' | 'handles'>>;

/**
 * A node's size and handle positions, known up front: React Flow then neither mounts every
 * node once to measure it (a large flow would mount all of them) nor waits to draw edges.
 *
 * @example
 * nodeGeometry('channel').handles; // [{ id: null, type: 'target', position: 'left', x: -6, y: 34, ... }]
 */
export function nodeGeometry(kind: FlowNodeKind): Pick<FlowCanvasNode, 'measured' | 'handles'> {
  return GEOMETRY[kind];
}
