import { flowEdges, type FlowEdge } from '@/lib/domain/graph/flow-graph';
import type { CatalogEvent, Channel, Flow, FlowNodeKind, Service } from '@/lib/domain/model';
import type { Actor } from '../actor';
import type { Database, Tx } from '../db';
import { notFound } from '../errors';
import { toChannel, toConsumer, toEvent, toFlow, toProducer, toService } from '../mappers';

export type FlowItem =
  | { kind: 'service'; item: Service }
  | { kind: 'event'; item: CatalogEvent & { latestVersion: string | null } }
  | { kind: 'channel'; item: Channel };

export interface FlowGraphNode {
  kind: FlowNodeKind;
  refId: string;
  x: number;
  y: number;
  data: FlowItem;
}

export interface FlowGraph {
  flow: Omit<Flow, 'nodes'>;
  nodes: FlowGraphNode[];
  edges: FlowEdge[];
  /** The change log position this graph reflects; live updates continue after it. */
  changeCursor: string;
}

export async function findFlow(tx: Tx, workspaceId: string, slug: string) {
  const flow = await tx.flow.findUnique({ where: { workspaceId_slug: { workspaceId, slug } }, include: { nodes: true } });
  if (!flow) throw notFound(`Flow "${slug}"`);
  return flow;
}

/** A flow as the canvas draws it: its nodes with their catalog items, and the relations between them. */
export async function getFlowGraph(db: Database, actor: Actor, slug: string): Promise<FlowGraph> {
  const cursor = await db.prisma.changeLog.findFirst({ where: { workspaceId: actor.workspaceId }, orderBy: { id: 'desc' }, select: { id: true } });
  const row = await findFlow(db.prisma, actor.workspaceId, slug);
  const ids = (kind: FlowNodeKind) => row.nodes.filter((n) => n.kind === kind).map((n) => n.refId);
  const where = (kind: FlowNodeKind) => ({ workspaceId: actor.workspaceId, id: { in: ids(kind) } });
  const [services, events, channels, producers, consumers] = await Promise.all([
    db.prisma.service.findMany({ where: where('service') }),
    db.prisma.event.findMany({ where: where('event'), include: { versions: { orderBy: { number: 'desc' }, take: 1, select: { label: true } } } }),
    db.prisma.channel.findMany({ where: where('channel') }),
    db.prisma.producer.findMany({ where: { workspaceId: actor.workspaceId, eventId: { in: ids('event') } } }),
    db.prisma.consumer.findMany({ where: { workspaceId: actor.workspaceId, eventId: { in: ids('event') } } }),
  ]);
  const items = new Map<string, FlowItem>([
    ...services.map((s) => [`service:${s.id}`, { kind: 'service', item: toService(s) }] as const),
    ...events.map((e) => [`event:${e.id}`, { kind: 'event', item: { ...toEvent(e), latestVersion: e.versions[0]?.label ?? null } }] as const),
    ...channels.map((c) => [`channel:${c.id}`, { kind: 'channel', item: toChannel(c) }] as const),
  ]);
  const flow = toFlow(row);
  const nodes = flow.nodes.flatMap((n) => {
    const data = items.get(`${n.kind}:${n.refId}`);
    return data ? [{ ...n, data }] : [];
  });
  const { nodes: _nodes, ...flowInfo } = flow;
  return {
    flow: flowInfo,
    nodes,
    edges: flowEdges({ producers: producers.map(toProducer), consumers: consumers.map(toConsumer), events: events.map(toEvent) }, nodes),
    changeCursor: (cursor?.id ?? BigInt(0)).toString(),
  };
}

export async function listFlows(db: Database, actor: Actor) {
  const rows = await db.prisma.flow.findMany({
    where: { workspaceId: actor.workspaceId },
    orderBy: { name: 'asc' },
    include: { _count: { select: { nodes: true } } },
  });
  return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, description: r.description, version: r.version, nodeCount: r._count.nodes }));
}
