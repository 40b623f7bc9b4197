import type { ELK } from 'elkjs/lib/elk-api';
import type { Point } from '../flow-types';

// elkjs is 1.5 MB of script: fetched on the first auto-layout, not parsed and run with every flow page.
let elk: Promise<ELK> | null = null;
const loadElk = () => (elk ??= import('elkjs/lib/elk.bundled.js').then(({ default: Elk }) => new Elk()));

const OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': '40',
  'elk.layered.spacing.nodeNodeBetweenLayers': '90',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
};

/**
 * Left-to-right layered positions (producers left of their events, consumers right), by elkjs.
 *
 * @example
 * const at = await layoutLeftToRight([{ id: 'a', width: 190, height: 70 }], []);
 * at.get('a'); // { x: 0, y: 0 }-ish
 */
export async function layoutLeftToRight(
  nodes: Array<{ id: string; width: number; height: number }>,
  edges: Array<{ id: string; source: string; target: string }>,
): Promise<Map<string, Point>> {
  const graph = await (await loadElk()).layout({
    id: 'root',
    layoutOptions: OPTIONS,
    children: nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  });
  return new Map((graph.children ?? []).map((c) => [c.id, { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) }]));
}
