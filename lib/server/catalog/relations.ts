import type { ConsumerInput, ProducerInput } from '@/lib/contracts/catalog-inputs';
import type { ConsumerEdge, ProducerEdge } from '@/lib/domain/model';
import type { Actor } from '../actor';
import { requireRole } from '../actor';
import { appendChange } from '../change-log';
import type { Database } from '../db';
import { conflict, isUniqueViolation, notFound } from '../errors';
import { toConsumer, toProducer } from '../mappers';
import { channelIdFor, findEvent, findService } from './refs';

export async function listProducers(db: Database, actor: Actor): Promise<ProducerEdge[]> {
  const rows = await db.prisma.producer.findMany({ where: { workspaceId: actor.workspaceId }, orderBy: { createdAt: 'asc' } });
  return rows.map(toProducer);
}

export async function listConsumers(db: Database, actor: Actor): Promise<ConsumerEdge[]> {
  const rows = await db.prisma.consumer.findMany({ where: { workspaceId: actor.workspaceId }, orderBy: { createdAt: 'asc' } });
  return rows.map(toConsumer);
}

/** Records "service produces event"; drawing a service→event edge on a flow lands here. */
export async function addProducer(db: Database, actor: Actor, input: ProducerInput): Promise<ProducerEdge> {
  requireRole(actor, 'editor');
  try {
    return await db.prisma.$transaction(async (tx) => {
      const service = await findService(tx, actor.workspaceId, input.service);
      const event = await findEvent(tx, actor.workspaceId, input.event);
      const row = await tx.producer.create({
        data: {
          workspaceId: actor.workspaceId,
          serviceId: service.id,
          eventId: event.id,
          channelId: (await channelIdFor(tx, actor.workspaceId, input.channel)) ?? event.channelId,
          operationId: input.operationId ?? null,
        },
      });
      await appendChange(tx, actor, { action: 'create', entityType: 'producer', entityId: row.id, entityName: `${service.name} → ${event.name}`, after: toProducer(row) });
      return toProducer(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`"${input.service}" already produces "${input.event}".`);
    throw error;
  }
}

/** Records "event consumed by service", with what the consumer needs from it. */
export async function addConsumer(db: Database, actor: Actor, input: ConsumerInput): Promise<ConsumerEdge> {
  requireRole(actor, 'editor');
  try {
    return await db.prisma.$transaction(async (tx) => {
      const service = await findService(tx, actor.workspaceId, input.service);
      const event = await findEvent(tx, actor.workspaceId, input.event);
      const row = await tx.consumer.create({
        data: {
          workspaceId: actor.workspaceId,
          serviceId: service.id,
          eventId: event.id,
          channelId: (await channelIdFor(tx, actor.workspaceId, input.channel)) ?? event.channelId,
          consumerGroup: input.consumerGroup ?? null,
          retryPolicy: input.retryPolicy ?? undefined,
          deadLetterChannelId: (await channelIdFor(tx, actor.workspaceId, input.deadLetterChannel)) ?? null,
          idempotencyKey: input.idempotencyKey ?? null,
          fieldsRead: input.fieldsRead,
          pinnedVersion: input.pinnedVersion ?? null,
          operationId: input.operationId ?? null,
        },
      });
      await appendChange(tx, actor, { action: 'create', entityType: 'consumer', entityId: row.id, entityName: `${event.name} → ${service.name}`, after: toConsumer(row) });
      return toConsumer(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`"${input.service}" already consumes "${input.event}".`);
    throw error;
  }
}

export async function removeRelation(db: Database, actor: Actor, kind: 'producer' | 'consumer', id: string): Promise<void> {
  requireRole(actor, 'editor');
  await db.prisma.$transaction(async (tx) => {
    const where = { id, workspaceId: actor.workspaceId };
    const row = kind === 'producer' ? await tx.producer.findFirst({ where }) : await tx.consumer.findFirst({ where });
    if (!row) throw notFound(kind === 'producer' ? 'Producer relation' : 'Consumer relation');
    if (kind === 'producer') await tx.producer.delete({ where: { id } });
    else await tx.consumer.delete({ where: { id } });
    await appendChange(tx, actor, { action: 'delete', entityType: kind, entityId: id, entityName: id, before: row });
  });
}
