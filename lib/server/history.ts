import { z } from 'zod';
import type { Actor } from './actor';
import type { Database } from './db';
import type { ChangeLog as ChangeRow } from './generated/prisma/client.ts';

export const HistoryQuerySchema = z.object({
  entityType: z.string().max(40).optional(),
  entityId: z.string().max(100).optional(),
  /** Only entries after this change id (for live updates and "since" views). */
  after: z.coerce.bigint().optional(),
  /** Only entries before this change id (paging back through history). */
  before: z.coerce.bigint().optional(),
  since: z.iso.datetime().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type HistoryQuery = z.infer<typeof HistoryQuerySchema>;

export interface HistoryEntry {
  id: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  entityName: string;
  before: unknown;
  after: unknown;
  reason: string | null;
  createdAt: string;
}

/** The workspace's change log, newest first (oldest first when reading `after` a cursor), filterable by item. */
/** An item in the change log, as `listItemHistory` looks it up. */
export interface HistoryItem {
  entityType: string;
  entityId: string;
}

/**
 * The latest changes of a few items at once (an event and its versions): one indexed query.
 * @example listItemHistory(db, actor, [{ entityType: 'event', entityId }], 8)
 */
export async function listItemHistory(db: Database, actor: Actor, items: HistoryItem[], limit: number): Promise<HistoryEntry[]> {
  if (items.length === 0) return [];
  const rows = await db.prisma.changeLog.findMany({
    where: { workspaceId: actor.workspaceId, OR: items.map((item) => ({ entityType: item.entityType, entityId: item.entityId })) },
    orderBy: { id: 'desc' },
    take: limit,
  });
  return rows.map(toHistoryEntry);
}

export async function listHistory(db: Database, actor: Actor, query: HistoryQuery): Promise<HistoryEntry[]> {
  const rows = await db.prisma.changeLog.findMany({
    where: {
      workspaceId: actor.workspaceId,
      ...(query.entityType ? { entityType: query.entityType } : {}),
      ...(query.entityId ? { entityId: query.entityId } : {}),
      ...(query.after !== undefined || query.before !== undefined
        ? { id: { ...(query.after !== undefined ? { gt: query.after } : {}), ...(query.before !== undefined ? { lt: query.before } : {}) } }
        : {}),
      ...(query.since ? { createdAt: { gte: new Date(query.since) } } : {}),
    },
    orderBy: { id: query.after !== undefined ? 'asc' : 'desc' },
    take: query.limit,
  });
  return rows.map(toHistoryEntry);
}

/** A change-log row as the history views show it. */
export function toHistoryEntry(r: ChangeRow): HistoryEntry {
  return {
    id: r.id.toString(),
    actorName: r.actorName,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    entityName: r.entityName,
    before: r.before,
    after: r.after,
    reason: r.reason,
    createdAt: r.createdAt.toISOString(),
  };
}
