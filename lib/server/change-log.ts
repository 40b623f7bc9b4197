import type { Actor } from './actor';
import type { Tx } from './db';

export type ChangeAction = 'create' | 'update' | 'delete' | 'publish' | 'force-publish' | 'import';

export interface ChangeEntry {
  action: ChangeAction;
  entityType: 'workspace' | 'service' | 'event' | 'version' | 'channel' | 'producer' | 'consumer' | 'flow' | 'domain' | 'token' | 'membership' | 'invitation';
  entityId: string;
  entityName: string;
  before?: unknown;
  after?: unknown;
  reason?: string;
}

/** Appends to the workspace's change log; call it inside the transaction that made the change. */
export async function appendChange(tx: Tx, actor: Actor, entry: ChangeEntry): Promise<void> {
  const row = await tx.changeLog.create({
    data: changeRow(actor, entry),
    select: { id: true },
  });
  await notifyChange(tx, actor.workspaceId, row.id);
}

/** Delivered at commit (and never for a rolled-back change): live views and other app instances wake up. */
async function notifyChange(tx: Tx, workspaceId: string, id: bigint | undefined): Promise<void> {
  const payload = JSON.stringify({ workspaceId, id: id?.toString() ?? '0' });
  await tx.$executeRaw`SELECT pg_notify(${CHANGE_CHANNEL}, ${payload})`;
}

/** The change-log row of one entry by an actor. */
function changeRow(actor: Actor, entry: ChangeEntry) {
  return {
    workspaceId: actor.workspaceId,
    actorId: actor.userId,
    actorName: actor.name,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    entityName: entry.entityName,
    before: toJson(entry.before),
    after: toJson(entry.after),
    reason: entry.reason ?? null,
  };
}

/** The Postgres NOTIFY channel that carries `{workspaceId, id}` for every committed change. */
export const CHANGE_CHANNEL = 'eventflow_changes';

function toJson(value: unknown) {
  // Dates and undefined fields become plain JSON, as the history page will read them.
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as object);
}

/** Appends many entries at once (bulk imports), with one NOTIFY for the lot. */
export async function appendChanges(tx: Tx, actor: Actor, entries: ChangeEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.changeLog.createMany({ data: entries.map((entry) => changeRow(actor, entry)) });
  const last = await tx.changeLog.findFirst({ where: { workspaceId: actor.workspaceId }, orderBy: { id: 'desc' }, select: { id: true } });
  await notifyChange(tx, actor.workspaceId, last?.id);
}
