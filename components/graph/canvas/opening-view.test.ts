import { describe, expect, it } from 'vitest';
import type { FlowCanvasNode } from '../flow-types';
import { openingBounds } from './opening-view';

const at = (x: number, y: number, measured?: { width: number; height: number }) => ({ id: `${x}:${y}`, position: { x, y }, measured, data: {} }) as unknown as FlowCanvasNode;

describe('openingBounds', () => {
  it('spans every node, with a default size for nodes not measured yet', () => {
    expect(openingBounds([at(0, 0), at(400, 100)])).toEqual({ x: 0, y: 0, width: 592, height: 172 });
  });

  it('uses measured sizes and handles negative positions', () => {
    expect(openingBounds([at(-100, -50, { width: 10, height: 10 }), at(0, 0, { width: 300, height: 90 })])).toEqual({ x: -100, y: -50, width: 400, height: 140 });
  });

  it('is empty for an empty flow', () => {
    expect(openingBounds([])).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});
