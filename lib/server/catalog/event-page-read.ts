import type { Actor } from '../actor';
import type { Database } from '../db';
import { notFound } from '../errors';
import { toHistoryEntry, type HistoryEntry } from '../history';
import { readEventDetail } from './event-reads';
import { toEventDetail, type EventDetail } from './events';

export interface EventPageData extends EventDetail {
  /** The latest changes of the event and its versions, newest first (the page's History). */
  history: HistoryEntry[];
}

/**
 * Everything an event's page shows, History included, in one statement: the page is the
 * load test's hottest HTML read, and a second query for its history cost about as much CPU
 * as rendering the section.
 * @example const { event, versions, history } = await getEventPage(db, actor, 'orders.order.created', 8);
 */
export async function getEventPage(db: Database, actor: Actor, ref: string, historyLimit: number): Promise<EventPageData> {
  const row = await readEventDetail(db.direct, { workspaceId: actor.workspaceId, ref }, { historyLimit });
  if (!row) throw notFound(`Event "${ref}"`);
  return { ...toEventDetail(row), history: (row.history ?? []).map(toHistoryEntry) };
}
