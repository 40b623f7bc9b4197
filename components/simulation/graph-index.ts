import type { FlowGraph } from '@/lib/server/flows/flow-graph';
import type { LatencyStats, NodeMetrics, SimulationResult, TraceRecord } from '@/lib/domain/simulator';

/** How a moving dot looks: a normal hop, or one of the ways it can go wrong. */
export type DotTone = 'flow' | 'retry' | 'dlq' | 'violation' | 'fault';

/** What an edge shows: its counts and whether anything went wrong on it. */
export interface EdgeMetrics {
  kind: 'produces' | 'consumes' | 'on-channel';
  count: number;
  throughput: number;
  latencyMs: LatencyStats | null;
  retries: number;
  deadLettered: number;
  violations: number;
  lag: number;
}

/** The canvas's ids by the names the simulator speaks in. */
export interface SimGraphIndex {
  nodeByName: Map<string, string>;
  produceEdge: Map<string, string>;
  consumeEdge: Map<string, string>;
  channelEdge: Map<string, string>;
}

const key = (a: string, b: string) => `${a}\u0000${b}`;

/**
 * Index a flow graph by names, so trace records and metrics (which name
 * services, events and channels) find their canvas nodes and edges.
 *
 * @example
 * const index = indexGraph(graph);
 * index.consumeEdge.get(`OrderCreated\u0000Inventory Service`); // 'consumes:…'
 */
export function indexGraph(graph: Pick<FlowGraph, 'nodes' | 'edges'>): SimGraphIndex {
  const nameOf = new Map(graph.nodes.map((n) => [`${n.kind}:${n.refId}`, n.data.item.name]));
  const index: SimGraphIndex = { nodeByName: new Map(), produceEdge: new Map(), consumeEdge: new Map(), channelEdge: new Map() };
  for (const n of graph.nodes) index.nodeByName.set(`${n.kind}:${n.data.item.name}`, `${n.kind}:${n.refId}`);
  for (const e of graph.edges) {
    const from = nameOf.get(`${e.source.kind}:${e.source.id}`);
    const to = nameOf.get(`${e.target.kind}:${e.target.id}`);
    if (from === undefined || to === undefined) continue;
    if (e.kind === 'produces') index.produceEdge.set(key(from, to), e.id);
    else if (e.kind === 'consumes') index.consumeEdge.set(key(from, to), e.id);
    else index.channelEdge.set(from, e.id);
  }
  return index;
}

/**
 * The edges a trace record moves along: a publish runs producer → event → channel,
 * a delivery event → consumer; retries, dead letters and violations ride the
 * consumer's edge in their own colour.
 *
 * @example
 * edgesForRecord(index, { kind: 'deliver', type: 'OrderCreated', service: 'Inventory Service', ... });
 */
export function edgesForRecord(index: SimGraphIndex, r: TraceRecord): Array<{ edgeId: string; tone: DotTone }> {
  const out: Array<{ edgeId: string; tone: DotTone }> = [];
  const push = (edgeId: string | undefined, tone: DotTone) => {
    if (edgeId !== undefined) out.push({ edgeId, tone });
  };
  switch (r.kind) {
    case 'publish':
      push(index.produceEdge.get(key(r.service, r.type)), 'flow');
      push(index.channelEdge.get(r.type), 'flow');
      break;
    case 'fault':
      push(index.produceEdge.get(key(r.service, r.type)), 'fault');
      break;
    case 'deliver':
      push(index.consumeEdge.get(key(r.type, r.service)), 'flow');
      break;
    case 'retry':
      push(index.consumeEdge.get(key(r.type, r.service)), 'retry');
      break;
    case 'dead-letter':
    case 'dropped':
      push(index.consumeEdge.get(key(r.type, r.service)), 'dlq');
      break;
    case 'violation':
      push(index.consumeEdge.get(key(r.type, r.service)), 'violation');
      break;
    default:
      break;
  }
  return out;
}

/**
 * Per-node and per-edge metrics of a result, by canvas id. Routes of one
 * consumer edge through several groups add up.
 *
 * @example
 * const { nodes, edges } = metricsByCanvasId(index, frame.result);
 * nodes['service:…']?.throughput;
 */
export function metricsByCanvasId(index: SimGraphIndex, result: SimulationResult): { nodes: Record<string, NodeMetrics>; edges: Record<string, EdgeMetrics> } {
  const nodes: Record<string, NodeMetrics> = {};
  for (const n of result.nodes) {
    const id = index.nodeByName.get(`${n.kind}:${n.name}`);
    if (id !== undefined) nodes[id] = n;
  }
  const edges: Record<string, EdgeMetrics> = {};
  for (const e of result.edges) {
    if (e.kind === 'produces') {
      const id = index.produceEdge.get(key(e.producer, e.event));
      if (id === undefined) continue;
      const m = (edges[id] ??= blank('produces'));
      m.count += e.emitted;
      m.throughput += e.throughput;
      const ch = index.channelEdge.get(e.event);
      if (ch !== undefined) {
        const c = (edges[ch] ??= blank('on-channel'));
        c.count += e.emitted;
        c.throughput += e.throughput;
      }
      continue;
    }
    const id = index.consumeEdge.get(key(e.event, e.consumer));
    if (id === undefined) continue;
    const m = (edges[id] ??= blank('consumes'));
    m.count += e.processed;
    m.throughput += e.throughput;
    m.latencyMs = e.latencyMs.max > (m.latencyMs?.max ?? -1) ? e.latencyMs : m.latencyMs;
    m.retries += e.retries;
    m.deadLettered += e.deadLettered;
    m.violations += e.violations;
    m.lag += e.lag.current;
  }
  return { nodes, edges };
}

function blank(kind: EdgeMetrics['kind']): EdgeMetrics {
  return { kind, count: 0, throughput: 0, latencyMs: null, retries: 0, deadLettered: 0, violations: 0, lag: 0 };
}
