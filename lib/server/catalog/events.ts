import type { CatalogQuery, EventInput } from '@/lib/contracts/catalog-inputs';
import type { CatalogEvent, Channel, ConsumerEdge, EventVersion, ProducerEdge, Service } from '@/lib/domain/model';
import type { Actor } from '../actor';
import { requireRole } from '../actor';
import { appendChange } from '../change-log';
import type { Database, Tx } from '../db';
import { conflict, isUniqueViolation, notFound } from '../errors';
import { toChannel, toConsumer, toEvent, toProducer, toService, toVersion } from '../mappers';
import { readEventList } from './event-list-read';
import { readEventDetail, type EventDetailRows } from './event-reads';
import { guardedUpdate } from './optimistic-update';
import { channelIdFor, domainIdFor, findEvent } from './refs';

export interface EventSummary extends CatalogEvent {
  latestVersion: string | null;
}

export async function listEvents(db: Database, actor: Actor, query: CatalogQuery): Promise<{ items: EventSummary[]; total: number }> {
  // One statement (event-list-read.ts): the page and the total.
  const { items, total } = await readEventList(db.direct, actor.workspaceId, query);
  return { items: items.map((r) => ({ ...toEvent(r.event), latestVersion: r.latestVersion })), total };
}

export interface EventDetail {
  event: CatalogEvent;
  channel: Channel | null;
  versions: EventVersion[];
  producers: Array<ProducerEdge & { service: Service }>;
  /** With the name of their dead-letter channel, if any. */
  consumers: Array<ConsumerEdge & { service: Service; deadLetterChannel: string | null }>;
  /** The mode in force: the event's own, else the workspace default. */
  effectiveCompatibility: string;
}

export async function getEventDetail(db: Database, actor: Actor, ref: string): Promise<EventDetail> {
  // One statement (event-reads.ts): the event by id or name with everything its page shows.
  const row = await readEventDetail(db.direct, { workspaceId: actor.workspaceId, ref });
  if (!row) throw notFound(`Event "${ref}"`);
  return toEventDetail(row);
}

/** The raw statement's rows as the domain's event detail. */
export function toEventDetail(row: EventDetailRows): EventDetail {
  return {
    event: toEvent(row.event),
    channel: row.channel ? toChannel(row.channel) : null,
    versions: row.versions.map(toVersion),
    producers: row.producers.map((p) => ({ ...toProducer(p.edge), service: toService(p.service) })),
    consumers: row.consumers.map((c) => ({ ...toConsumer(c.edge), service: toService(c.service), deadLetterChannel: c.deadLetter })),
    effectiveCompatibility: row.event.compatibility ?? row.defaultCompatibility,
  };
}

async function eventData(tx: Tx, actor: Actor, input: Partial<EventInput>) {
  const { channel, domain, extras, correlationId, ...fields } = input;
  return {
    ...fields,
    ...(extras !== undefined ? { extras: extras as object } : {}),
    ...(correlationId !== undefined ? { correlationId: correlationId ?? undefined } : {}),
    ...(channel !== undefined ? { channelId: await channelIdFor(tx, actor.workspaceId, channel) } : {}),
    ...(domain !== undefined ? { domainId: await domainIdFor(tx, actor, domain) } : {}),
  };
}

export async function createEvent(db: Database, actor: Actor, input: EventInput): Promise<CatalogEvent> {
  return db.prisma.$transaction((tx) => insertEvent(tx, actor, input));
}

/** Creates inside the caller's transaction (e.g. a flow edit that creates and places in one go). */
export async function insertEvent(tx: Tx, actor: Actor, input: EventInput): Promise<CatalogEvent> {
  requireRole(actor, 'editor');
  try {
    const row = await tx.event.create({ data: { workspaceId: actor.workspaceId, ...(await eventData(tx, actor, input)), name: input.name } });
    await appendChange(tx, actor, { action: 'create', entityType: 'event', entityId: row.id, entityName: row.name, after: toEvent(row) });
    return toEvent(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`An event named "${input.name}" already exists.`, { field: 'name' });
    throw error;
  }
}

export async function updateEvent(
  db: Database,
  actor: Actor,
  ref: string,
  patch: Partial<EventInput> & { expectedVersion: number },
): Promise<CatalogEvent> {
  requireRole(actor, 'editor');
  try {
    return await db.prisma.$transaction(async (tx) => {
      const before = await findEvent(tx, actor.workspaceId, ref);
      const { expectedVersion, ...input } = patch;
      const data = await eventData(tx, actor, input);
      const row = await guardedUpdate(
        () => tx.event.updateMany({ where: { id: before.id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } }),
        () => tx.event.findUniqueOrThrow({ where: { id: before.id } }),
        `Event "${before.name}"`,
        expectedVersion,
        toEvent,
      );
      await appendChange(tx, actor, { action: 'update', entityType: 'event', entityId: row.id, entityName: row.name, before: toEvent(before), after: toEvent(row) });
      return toEvent(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`An event named "${patch.name}" already exists.`, { field: 'name' });
    throw error;
  }
}

export async function deleteEvent(db: Database, actor: Actor, ref: string): Promise<void> {
  requireRole(actor, 'editor');
  await db.prisma.$transaction(async (tx) => {
    const row = await findEvent(tx, actor.workspaceId, ref);
    await tx.flowNode.deleteMany({ where: { kind: 'event', refId: row.id } });
    await tx.event.delete({ where: { id: row.id } });
    await appendChange(tx, actor, { action: 'delete', entityType: 'event', entityId: row.id, entityName: row.name, before: toEvent(row) });
  });
}
