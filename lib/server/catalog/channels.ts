import type { ChannelInput } from '@/lib/contracts/catalog-inputs';
import type { Channel } from '@/lib/domain/model';
import type { Actor } from '../actor';
import { requireRole } from '../actor';
import { appendChange } from '../change-log';
import type { Database, Tx } from '../db';
import { conflict, isUniqueViolation } from '../errors';
import { toChannel } from '../mappers';
import { guardedUpdate } from './optimistic-update';
import { findChannel } from './refs';

export async function listChannels(db: Database, actor: Actor): Promise<Channel[]> {
  const rows = await db.prisma.channel.findMany({ where: { workspaceId: actor.workspaceId }, orderBy: { name: 'asc' } });
  return rows.map(toChannel);
}

export async function getChannel(db: Database, actor: Actor, ref: string): Promise<Channel> {
  return toChannel(await findChannel(db.prisma, actor.workspaceId, ref));
}

export async function createChannel(db: Database, actor: Actor, input: ChannelInput): Promise<Channel> {
  return db.prisma.$transaction((tx) => insertChannel(tx, actor, input));
}

/** Creates inside the caller's transaction (e.g. a flow edit that creates and places in one go). */
export async function insertChannel(tx: Tx, actor: Actor, input: ChannelInput): Promise<Channel> {
  requireRole(actor, 'editor');
  try {
    const row = await tx.channel.create({
      data: {
        workspaceId: actor.workspaceId,
        name: input.name,
        address: input.address ?? input.name,
        protocol: input.protocol,
        partitions: input.partitions,
        retentionHours: input.retentionHours ?? null,
        description: input.description,
        bindings: (input.bindings ?? {}) as object,
        extras: (input.extras ?? {}) as object,
      },
    });
    await appendChange(tx, actor, { action: 'create', entityType: 'channel', entityId: row.id, entityName: row.name, after: toChannel(row) });
    return toChannel(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A channel named "${input.name}" already exists.`, { field: 'name' });
    throw error;
  }
}

export async function updateChannel(
  db: Database,
  actor: Actor,
  ref: string,
  patch: Partial<ChannelInput> & { expectedVersion: number },
): Promise<Channel> {
  requireRole(actor, 'editor');
  try {
    return await db.prisma.$transaction(async (tx) => {
      const before = await findChannel(tx, actor.workspaceId, ref);
      const { expectedVersion, bindings, extras, ...fields } = patch;
      const row = await guardedUpdate(
        () =>
          tx.channel.updateMany({
            where: { id: before.id, version: expectedVersion },
            data: {
              ...fields,
              ...(bindings !== undefined ? { bindings: bindings as object } : {}),
              ...(extras !== undefined ? { extras: extras as object } : {}),
              version: { increment: 1 },
            },
          }),
        () => tx.channel.findUniqueOrThrow({ where: { id: before.id } }),
        `Channel "${before.name}"`,
        expectedVersion,
        toChannel,
      );
      await appendChange(tx, actor, { action: 'update', entityType: 'channel', entityId: row.id, entityName: row.name, before: toChannel(before), after: toChannel(row) });
      return toChannel(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A channel named "${patch.name}" already exists.`, { field: 'name' });
    throw error;
  }
}

export async function deleteChannel(db: Database, actor: Actor, ref: string): Promise<void> {
  requireRole(actor, 'editor');
  await db.prisma.$transaction(async (tx) => {
    const row = await findChannel(tx, actor.workspaceId, ref);
    await tx.flowNode.deleteMany({ where: { kind: 'channel', refId: row.id } });
    await tx.channel.delete({ where: { id: row.id } });
    await appendChange(tx, actor, { action: 'delete', entityType: 'channel', entityId: row.id, entityName: row.name, before: toChannel(row) });
  });
}
