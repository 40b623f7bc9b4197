import type { Actor } from '../actor';
import type { Tx } from '../db';
import { notFound, unprocessable } from '../errors';
import { appendChange } from '../change-log';

/** Items in URLs and CLI arguments are named by id or by name; both resolve here. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function refWhere(workspaceId: string, ref: string) {
  return UUID_PATTERN.test(ref) ? { workspaceId, id: ref } : { workspaceId, name: ref };
}

export async function findService(tx: Tx, workspaceId: string, ref: string) {
  const row = await tx.service.findFirst({ where: refWhere(workspaceId, ref) });
  if (!row) throw notFound(`Service "${ref}"`);
  return row;
}

export async function findEvent(tx: Tx, workspaceId: string, ref: string) {
  const row = await tx.event.findFirst({ where: refWhere(workspaceId, ref) });
  if (!row) throw notFound(`Event "${ref}"`);
  return row;
}

export async function findChannel(tx: Tx, workspaceId: string, ref: string) {
  const row = await tx.channel.findFirst({ where: refWhere(workspaceId, ref) });
  if (!row) throw notFound(`Channel "${ref}"`);
  return row;
}

/** A channel named in a body must exist: a typo is the caller's mistake (422), not a missing page. */
export async function channelIdFor(tx: Tx, workspaceId: string, name: string | null | undefined) {
  if (name === undefined) return undefined;
  if (name === null) return null;
  const row = await tx.channel.findFirst({ where: refWhere(workspaceId, name), select: { id: true } });
  if (!row) throw unprocessable(`Channel "${name}" does not exist in this workspace.`, { field: 'channel' });
  return row.id;
}

/** Domains are light: naming one that does not exist yet creates it. */
export async function domainIdFor(tx: Tx, actor: Actor, name: string | null | undefined) {
  if (name === undefined) return undefined;
  if (name === null) return null;
  const existing = await tx.domain.findUnique({ where: { workspaceId_name: { workspaceId: actor.workspaceId, name } } });
  if (existing) return existing.id;
  const created = await tx.domain.create({ data: { workspaceId: actor.workspaceId, name } });
  await appendChange(tx, actor, { action: 'create', entityType: 'domain', entityId: created.id, entityName: name, after: created });
  return created.id;
}
