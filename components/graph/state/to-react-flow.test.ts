import { describe, expect, it } from 'vitest';
import { serviceNode } from './graph-node.fixture';
import { mergeEdges, mergeNodes, toCanvasEdge, toCanvasNode } from './to-react-flow';

describe('toCanvasNode / toCanvasEdge', () => {
  it('names nodes by kind and catalog id, and edges by their relation', () => {
    expect(toCanvasNode(serviceNode('s1', 5, 6))).toMatchObject({ id: 'service:s1', type: 'service', position: { x: 5, y: 6 } });
    const edge = toCanvasEdge({ id: 'consumes:c1', kind: 'consumes', source: { kind: 'event', id: 'e1' }, target: { kind: 'service', id: 's1' }, label: 'consumed by', relationId: 'c1' });
    expect(edge).toMatchObject({ source: 'event:e1', target: 'service:s1', label: 'consumed by', data: { kind: 'consumes', relationId: 'c1' } });
  });
});

describe('mergeNodes', () => {
  const current = [toCanvasNode(serviceNode('a', 0, 0)), toCanvasNode(serviceNode('b', 10, 10))];

  it('takes the server position for nodes the user does not hold', () => {
    const merged = mergeNodes(current, [serviceNode('a', 50, 60), serviceNode('b', 10, 10)], () => false);
    expect(merged[0]!.position).toEqual({ x: 50, y: 60 });
  });

  it('keeps the local position of a node being dragged or saved', () => {
    const merged = mergeNodes(current, [serviceNode('a', 50, 60), serviceNode('b', 99, 99)], (id) => id === 'service:a');
    expect(merged[0]!.position).toEqual({ x: 0, y: 0 });
    expect(merged[1]!.position).toEqual({ x: 99, y: 99 });
  });

  it('returns the same object for an unchanged node, so memoised views skip rendering', () => {
    const merged = mergeNodes(current, [serviceNode('a', 0, 0), serviceNode('b', 10, 10, 2)], () => false);
    expect(merged[0]).toBe(current[0]);
    expect(merged[1]).not.toBe(current[1]);
    expect(merged[1]!.data.item.version).toBe(2);
  });

  it('adds new nodes and drops nodes no longer on the flow', () => {
    const merged = mergeNodes(current, [serviceNode('b', 10, 10), serviceNode('c', 1, 2)], () => false);
    expect(merged.map((n) => n.id)).toEqual(['service:b', 'service:c']);
  });
});

describe('mergeEdges', () => {
  it('keeps selection on edges that still exist', () => {
    const raw = { id: 'produces:p1', kind: 'produces' as const, source: { kind: 'service' as const, id: 's' }, target: { kind: 'event' as const, id: 'e' }, label: 'produces', relationId: 'p1' };
    const selected = { ...toCanvasEdge(raw), selected: true };
    expect(mergeEdges([selected], [raw])[0]).toBe(selected);
    expect(mergeEdges([selected], [])).toEqual([]);
  });
});
