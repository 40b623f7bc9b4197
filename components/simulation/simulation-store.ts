import { createStore, type StoreApi } from 'zustand/vanilla';
import type { NodeMetrics, TraceNode } from '@/lib/domain/simulator';
import { edgesForRecord, metricsByCanvasId, type DotTone, type EdgeMetrics, type SimGraphIndex } from './graph-index';
import type { SimFrame } from './protocol';

/** Real time a dot takes to travel its edge, whatever the speed. */
export const DOT_MS = 900;
/** Dots on screen at once, and per edge: enough to see flow, cheap to draw. */
const MAX_DOTS = 80;
const MAX_DOTS_PER_EDGE = 5;

export interface Dot {
  key: number;
  tone: DotTone;
  born: number;
}

export interface SimulationState {
  frame: SimFrame | null;
  error: string | null;
  trace: { correlationId: string; roots: TraceNode[] } | null;
  nodeMetrics: Record<string, NodeMetrics>;
  edgeMetrics: Record<string, EdgeMetrics>;
  dots: Record<string, Dot[]>;
  dotCount: number;
}

export type SimulationStore = StoreApi<SimulationState>;

let nextDotKey = 1;

/**
 * The page's simulation state: the latest frame from the worker, metrics by
 * canvas id, and the dots currently moving (capped in total and per edge).
 *
 * @example
 * const store = createSimulationStore();
 * applyFrame(store, index, frame, performance.now());
 */
export function createSimulationStore(): SimulationStore {
  return createStore<SimulationState>(() => ({ frame: null, error: null, trace: null, nodeMetrics: {}, edgeMetrics: {}, dots: {}, dotCount: 0 }));
}

/** Take a frame in: metrics by canvas id, and a dot for each record that moves along a shown edge. */
export function applyFrame(store: SimulationStore, index: SimGraphIndex, frame: SimFrame, now: number): void {
  const { nodes, edges } = metricsByCanvasId(index, frame.result);
  const dots = pruned(store.getState().dots, now);
  let count = countDots(dots);
  for (let i = frame.records.length - 1; i >= 0 && count < MAX_DOTS; i--) {
    for (const { edgeId, tone } of edgesForRecord(index, frame.records[i]!)) {
      const list = dots[edgeId] ?? [];
      if (list.length >= MAX_DOTS_PER_EDGE || count >= MAX_DOTS) continue;
      dots[edgeId] = [...list, { key: nextDotKey++, tone, born: now }];
      count++;
    }
  }
  store.setState({ frame, error: null, nodeMetrics: nodes, edgeMetrics: edges, dots, dotCount: count });
}

/** Drop dots that have arrived; keeps list identities for edges that did not change. */
export function pruneDots(store: SimulationStore, now: number): void {
  const before = store.getState().dots;
  const dots = pruned(before, now);
  if (Object.keys(dots).length !== Object.keys(before).length || Object.keys(dots).some((k) => dots[k] !== before[k])) {
    store.setState({ dots, dotCount: countDots(dots) });
  }
}

function pruned(dots: Record<string, Dot[]>, now: number): Record<string, Dot[]> {
  const out: Record<string, Dot[]> = {};
  for (const [edgeId, list] of Object.entries(dots)) {
    const alive = list.filter((d) => now - d.born < DOT_MS);
    if (alive.length === list.length) out[edgeId] = list;
    else if (alive.length > 0) out[edgeId] = alive;
  }
  return out;
}

function countDots(dots: Record<string, Dot[]>): number {
  let n = 0;
  for (const list of Object.values(dots)) n += list.length;
  return n;
}
