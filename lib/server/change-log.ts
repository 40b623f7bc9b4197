import type { Actor } from './actor';
import type { Tx } from './db';

export type ChangeAction = 'create' | 'update' | 'delete' | 'publish' | 'force-publish' | 'import';

export interface ChangeEntry {
  action: ChangeAction;
  entityType: 'workspace' | 'service' | 'event' | 'version' | 'channel' | 'producer' | 'consumer' | 'flow' | 'domain' | 'token' | 'membership';
  entityId: string;
  entityName: string;
  before?: unknown;
  after?: unknown;
  reason?: string;
}

/** Appends to the workspace's change log; call it inside the transaction that made the change. */
export async function appendChange(tx: Tx, actor: Actor, entry: ChangeEntry): Promise<void> {
  await tx.changeLog.create({
    data: {
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
    },
  });
}

function toJson(value: unknown) {
  // Dates and undefined fields become plain JSON, as the history page will read them.
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as object);
}
