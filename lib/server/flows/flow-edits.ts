import type { z } from 'zod';
import type { AddNodesSchema, ConnectSchema, CreateAndPlaceSchema, DisconnectSchema, FlowCreateSchema, MoveNodesSchema, RemoveNodesSchema } from '@/lib/contracts/flow-inputs';
import { connectionRule } from '@/lib/domain/graph/connection-rules';
import type { Actor } from '../actor';
import { requireRole } from '../actor';
import { appendChange } from '../change-log';
import { insertChannel } from '../catalog/channels';
import { insertEvent } from '../catalog/events';
import { addConsumer, addProducer, removeRelation } from '../catalog/relations';
import { insertService } from '../catalog/services';
import { deleteChannel } from '../catalog/channels';
import { deleteEvent, updateEvent } from '../catalog/events';
import { deleteService } from '../catalog/services';
import type { Database, Tx } from '../db';
import { conflict, isUniqueViolation, notFound, unprocessable } from '../errors';
import { slugify } from '../workspaces';
import { findFlow } from './flow-graph';

type Input<T extends z.ZodType> = z.infer<T>;

export async function createFlow(db: Database, actor: Actor, input: Input<typeof FlowCreateSchema>) {
  requireRole(actor, 'editor');
  const slug = input.slug ?? slugify(input.name);
  try {
    return await db.prisma.$transaction(async (tx) => {
      const flow = await tx.flow.create({ data: { workspaceId: actor.workspaceId, slug, name: input.name, description: input.description } });
      await appendChange(tx, actor, { action: 'create', entityType: 'flow', entityId: flow.id, entityName: flow.name, after: { slug, name: flow.name } });
      return { id: flow.id, slug: flow.slug, name: flow.name, description: flow.description, version: flow.version };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A flow named "${input.name}" (or with slug "${slug}") already exists.`);
    throw error;
  }
}

async function assertItemsExist(tx: Tx, workspaceId: string, nodes: Array<{ kind: string; refId: string }>) {
  for (const kind of ['service', 'event', 'channel'] as const) {
    const ids = [...new Set(nodes.filter((n) => n.kind === kind).map((n) => n.refId))];
    if (ids.length === 0) continue;
    const where = { workspaceId, id: { in: ids } };
    const found = kind === 'service' ? await tx.service.count({ where }) : kind === 'event' ? await tx.event.count({ where }) : await tx.channel.count({ where });
    if (found !== ids.length) throw unprocessable(`Some ${kind}s to place are not in this workspace's catalog.`);
  }
}

/** Saves positions after a drag stops (one change per gesture, never per tick). */
export async function moveNodes(db: Database, actor: Actor, slug: string, input: Input<typeof MoveNodesSchema>) {
  requireRole(actor, 'editor');
  return db.prisma.$transaction(async (tx) => {
    const flow = await findFlow(tx, actor.workspaceId, slug);
    const present = new Set(flow.nodes.map((n) => `${n.kind}:${n.refId}`));
    const missing = input.moves.filter((m) => !present.has(`${m.kind}:${m.refId}`));
    if (missing.length > 0) throw unprocessable(`${missing.length} moved node(s) are not on this flow (removed meanwhile?).`);
    for (const m of input.moves) {
      await tx.flowNode.update({ where: { flowId_kind_refId: { flowId: flow.id, kind: m.kind, refId: m.refId } }, data: { x: m.x, y: m.y } });
    }
    await appendChange(tx, actor, { action: 'update', entityType: 'flow', entityId: flow.id, entityName: flow.name, after: { moves: input.moves } });
    return { moved: input.moves.length };
  });
}

/** "Add existing": pulls catalog items into the view (items already shown are left where they are). */
export async function addNodes(db: Database, actor: Actor, slug: string, input: Input<typeof AddNodesSchema>) {
  requireRole(actor, 'editor');
  return db.prisma.$transaction(async (tx) => {
    const flow = await findFlow(tx, actor.workspaceId, slug);
    await assertItemsExist(tx, actor.workspaceId, input.nodes);
    const present = new Set(flow.nodes.map((n) => `${n.kind}:${n.refId}`));
    const added = input.nodes.filter((n) => !present.has(`${n.kind}:${n.refId}`));
    if (added.length > 0) await tx.flowNode.createMany({ data: added.map((n) => ({ flowId: flow.id, ...n })) });
    await appendChange(tx, actor, { action: 'update', entityType: 'flow', entityId: flow.id, entityName: flow.name, after: { added } });
    return { added: added.length };
  });
}

/** Removes nodes from this view only, or deletes their items from the catalog (everywhere). */
export async function removeNodes(db: Database, actor: Actor, slug: string, input: Input<typeof RemoveNodesSchema>) {
  requireRole(actor, 'editor');
  if (input.scope === 'catalog') {
    // Each deletion is its own catalog change (and removes the item from every flow).
    for (const n of input.nodes) {
      if (n.kind === 'service') await deleteService(db, actor, n.refId);
      else if (n.kind === 'event') await deleteEvent(db, actor, n.refId);
      else await deleteChannel(db, actor, n.refId);
    }
    return { removed: input.nodes.length };
  }
  return db.prisma.$transaction(async (tx) => {
    const flow = await findFlow(tx, actor.workspaceId, slug);
    const { count } = await tx.flowNode.deleteMany({ where: { flowId: flow.id, OR: input.nodes.map((n) => ({ kind: n.kind, refId: n.refId })) } });
    await appendChange(tx, actor, { action: 'update', entityType: 'flow', entityId: flow.id, entityName: flow.name, after: { removed: input.nodes } });
    return { removed: count };
  });
}

/** Palette drop: the new item is created in the catalog and placed on the flow, in one transaction. */
export async function createAndPlace(db: Database, actor: Actor, slug: string, input: Input<typeof CreateAndPlaceSchema>) {
  requireRole(actor, 'editor');
  return db.prisma.$transaction(async (tx) => {
    const flow = await findFlow(tx, actor.workspaceId, slug);
    const item =
      input.kind === 'service' ? await insertService(tx, actor, input.item) : input.kind === 'event' ? await insertEvent(tx, actor, input.item) : await insertChannel(tx, actor, input.item);
    await tx.flowNode.create({ data: { flowId: flow.id, kind: input.kind, refId: item.id, x: input.x, y: input.y } });
    await appendChange(tx, actor, { action: 'update', entityType: 'flow', entityId: flow.id, entityName: flow.name, after: { added: [{ kind: input.kind, refId: item.id, x: input.x, y: input.y }] } });
    return { kind: input.kind, item };
  });
}

/** Drawing an edge edits the catalog relation it stands for; nonsense is refused with the reason. */
export async function connect(db: Database, actor: Actor, input: Input<typeof ConnectSchema>) {
  requireRole(actor, 'editor');
  const verdict = connectionRule(input.source.kind, input.target.kind);
  if (!verdict.allowed) throw unprocessable(verdict.reason, { rule: `${input.source.kind}→${input.target.kind}` });
  if (verdict.kind === 'produces') return { kind: verdict.kind, relation: await addProducer(db, actor, { service: input.source.refId, event: input.target.refId }) };
  if (verdict.kind === 'consumes') return { kind: verdict.kind, relation: await addConsumer(db, actor, { service: input.target.refId, event: input.source.refId, fieldsRead: [] }) };
  const event = await db.prisma.event.findFirst({ where: { workspaceId: actor.workspaceId, id: input.source.refId } });
  if (!event) throw notFound('Event');
  return { kind: verdict.kind, relation: await updateEvent(db, actor, event.id, { channel: input.target.refId, expectedVersion: event.version }) };
}

export async function disconnect(db: Database, actor: Actor, input: Input<typeof DisconnectSchema>) {
  requireRole(actor, 'editor');
  const { kind, relationId } = input.edge;
  if (kind === 'produces') return removeRelation(db, actor, 'producer', relationId);
  if (kind === 'consumes') return removeRelation(db, actor, 'consumer', relationId);
  const event = await db.prisma.event.findFirst({ where: { workspaceId: actor.workspaceId, id: relationId } });
  if (!event) throw notFound('Event');
  await updateEvent(db, actor, event.id, { channel: null, expectedVersion: event.version });
}
