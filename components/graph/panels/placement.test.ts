import { describe, expect, it } from 'vitest';
import { toCanvasNode } from '../state/to-react-flow';
import { serviceNode } from '../state/graph-node.fixture';
import { gridAround } from './add-existing';
import { findByName } from './search-focus';

describe('gridAround', () => {
  it('places items in a square-ish grid without overlaps', () => {
    const points = gridAround({ x: 10, y: 20 }, 5);
    expect(points).toHaveLength(5);
    expect(points[0]).toEqual({ x: 10, y: 20 });
    expect(new Set(points.map((p) => `${p.x},${p.y}`)).size).toBe(5);
  });
});

describe('findByName', () => {
  const nodes = ['Order Service', 'Orders Archive', 'Payment Order'].map((name, i) => {
    const n = toCanvasNode(serviceNode(String(i), 0, 0));
    return { ...n, data: { ...n.data, item: { ...n.data.item, name } } } as typeof n;
  });
  it('prefers an exact name, then a prefix, then a substring', () => {
    expect(findByName(nodes, 'orders archive')?.data.item.name).toBe('Orders Archive');
    expect(findByName(nodes, 'order')?.data.item.name).toBe('Order Service');
    expect(findByName(nodes, 'ment ord')?.data.item.name).toBe('Payment Order');
    expect(findByName(nodes, '  ')).toBeUndefined();
  });
});
