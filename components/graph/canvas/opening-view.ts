import type { Rect } from '@xyflow/react';
import type { FlowCanvasNode } from '../flow-types';

const DEFAULT_SIZE = { width: 192, height: 72 };

/**
 * The bounds of every node from stored positions (measured sizes where known), so the
 * opening view can be chosen before React Flow has drawn, let alone measured, the nodes.
 *
 * @example
 * openingBounds([{ position: { x: 0, y: 0 } }, { position: { x: 400, y: 100 } }] as FlowCanvasNode[]);
 * // { x: 0, y: 0, width: 592, height: 172 }
 */
export function openingBounds(nodes: FlowCanvasNode[]): Rect {
  if (nodes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of nodes) {
    const width = n.measured?.width ?? DEFAULT_SIZE.width;
    const height = n.measured?.height ?? DEFAULT_SIZE.height;
    minX = Math.min(minX, n.position.x);
    minY = Math.min(minY, n.position.y);
    maxX = Math.max(maxX, n.position.x + width);
    maxY = Math.max(maxY, n.position.y + height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
