import type { Catalog, FlowNode, FlowNodeKind } from '../model';

export type FlowEdgeKind = 'produces' | 'consumes' | 'on-channel';

/** An edge on a flow canvas; it always stands for a catalog relation, never a drawing of its own. */
export interface FlowEdge {
  id: string;
  kind: FlowEdgeKind;
  source: { kind: FlowNodeKind; id: string };
  target: { kind: FlowNodeKind; id: string };
  label: string;
  /** The relation's id (producer or consumer edge) or the event id for on-channel. */
  relationId: string;
}

const LABELS: Record<FlowEdgeKind, string> = { produces: 'produces', consumes: 'consumed by', 'on-channel': 'on channel' };

/**
 * The edges a flow shows: every catalog relation whose two ends are both in the view.
 *
 * @example
 * flowEdges(catalog, flow.nodes).map((e) => e.label); // ['produces', 'consumed by', 'on channel']
 */
export function flowEdges(catalog: Pick<Catalog, 'producers' | 'consumers' | 'events'>, nodes: FlowNode[]): FlowEdge[] {
  const shown = new Set(nodes.map((n) => `${n.kind}:${n.refId}`));
  const has = (kind: FlowNodeKind, id: string | null) => id !== null && shown.has(`${kind}:${id}`);
  const edges: FlowEdge[] = [];
  for (const p of catalog.producers) {
    if (has('service', p.serviceId) && has('event', p.eventId)) {
      edges.push({ id: `produces:${p.id}`, kind: 'produces', source: { kind: 'service', id: p.serviceId }, target: { kind: 'event', id: p.eventId }, label: LABELS.produces, relationId: p.id });
    }
  }
  for (const c of catalog.consumers) {
    if (has('event', c.eventId) && has('service', c.serviceId)) {
      edges.push({ id: `consumes:${c.id}`, kind: 'consumes', source: { kind: 'event', id: c.eventId }, target: { kind: 'service', id: c.serviceId }, label: LABELS.consumes, relationId: c.id });
    }
  }
  for (const e of catalog.events) {
    if (has('event', e.id) && has('channel', e.channelId)) {
      edges.push({ id: `on-channel:${e.id}`, kind: 'on-channel', source: { kind: 'event', id: e.id }, target: { kind: 'channel', id: e.channelId! }, label: LABELS['on-channel'], relationId: e.id });
    }
  }
  return edges;
}
