import { getBezierPath, Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { toCanvasEdge, toCanvasNode } from '../state/to-react-flow';
import { serviceNode } from '../state/graph-node.fixture';
import { covers, curveBetween, nearestRelation, relationCurves, relationsIn, visibleRect } from './relation-geometry';

describe('curveBetween', () => {
  it('draws the curve React Flow draws between a right source handle and a left target handle', () => {
    for (const [source, target] of [
      [{ x: 0, y: 0 }, { x: 400, y: 120 }],
      [{ x: 500, y: 300 }, { x: 40, y: -200 }],
    ] as const) {
      const [d, labelX, labelY] = getBezierPath({ sourceX: source.x + 198, sourceY: source.y + 40, sourcePosition: Position.Right, targetX: target.x - 6, targetY: target.y + 40, targetPosition: Position.Left });
      const curve = curveBetween(source, target);
      expect(curve.d).toBe(d);
      expect(curve.label).toEqual({ x: labelX, y: labelY });
    }
  });
});

describe('relationCurves / nearestRelation', () => {
  const nodes = [toCanvasNode(serviceNode('a', 0, 0)), { ...toCanvasNode(serviceNode('b', 0, 0)), id: 'event:e1', position: { x: 600, y: 300 } }];
  const edges = [toCanvasEdge({ id: 'produces:p1', kind: 'produces', source: { kind: 'service', id: 'a' }, target: { kind: 'event', id: 'e1' }, label: 'produces', relationId: 'p1' })];

  it('skips relations whose ends are not in the view', () => {
    const dangling = toCanvasEdge({ id: 'consumes:c1', kind: 'consumes', source: { kind: 'event', id: 'gone' }, target: { kind: 'service', id: 'a' }, label: 'consumed by', relationId: 'c1' });
    expect(relationCurves(nodes, [...edges, dangling]).map((c) => c.id)).toEqual(['produces:p1']);
  });

  it('finds the relation under a point on its curve, and none a little way off', () => {
    const [curve] = relationCurves(nodes, edges);
    expect(nearestRelation([curve!], curve!.label, 4)?.id).toBe('produces:p1');
    expect(nearestRelation([curve!], { x: curve!.label.x, y: curve!.label.y + 30 }, 4)).toBeNull();
    expect(nearestRelation([curve!], { x: 5000, y: 5000 }, 4)).toBeNull();
  });
});

describe('relationsIn / visibleRect / covers', () => {
  const nodes = [toCanvasNode(serviceNode('a', 0, 0)), { ...toCanvasNode(serviceNode('b', 0, 0)), id: 'event:e1', position: { x: 600, y: 300 } }];
  const edges = [toCanvasEdge({ id: 'produces:p1', kind: 'produces', source: { kind: 'service', id: 'a' }, target: { kind: 'event', id: 'e1' }, label: 'produces', relationId: 'p1' })];

  it('keeps the relations that may cross a rectangle and drops those that cannot', () => {
    const curves = relationCurves(nodes, edges);
    expect(relationsIn(curves, { x: 300, y: 100, width: 50, height: 50 })).toHaveLength(1);
    expect(relationsIn(curves, { x: 700, y: 0, width: 100, height: 100 })).toHaveLength(0);
  });

  it('maps a viewport to the flow rectangle a pane shows, and tells whether one rectangle holds another', () => {
    expect(visibleRect({ x: -100, y: -40, zoom: 2 }, { width: 800, height: 600 })).toEqual({ x: 50, y: 20, width: 400, height: 300 });
    expect(covers({ x: 0, y: 0, width: 10, height: 10 }, { x: 2, y: 2, width: 5, height: 5 })).toBe(true);
    expect(covers({ x: 0, y: 0, width: 10, height: 10 }, { x: 8, y: 2, width: 5, height: 5 })).toBe(false);
  });
});
