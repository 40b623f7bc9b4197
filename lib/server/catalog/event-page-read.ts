import type { EventVersionHeader } from '@/lib/domain/model';
import type { Actor } from '../actor';
import type { Database } from '../db';
import { notFound } from '../errors';
import { toVersionHeader } from '../mappers';
import { toHistoryEntry, type HistoryEntry } from '../history';
import { readEventDetail } from './event-reads';
import { toEventDetail, type EventDetail } from './events';

/** How many of an event's newest versions its page shows with their content; older ones load when opened. */
export const VERSIONS_SHOWN_IN_FULL = 10;

export interface EventPageData extends EventDetail {
  /** The versions older than `versions` (the newest VERSIONS_SHOWN_IN_FULL), newest first, without content. */
  olderVersions: EventVersionHeader[];
  /** The latest changes of the event and its versions, newest first (the page's History). */
  history: HistoryEntry[];
}

/**
 * Everything an event's page shows, History included, in one statement: the page is the
 * load test's hottest HTML read, and a second query for its history cost about as much CPU
 * as rendering the section. Only the newest `fullVersions` versions come with their content.
 * @example const { event, versions, history } = await getEventPage(db, actor, 'orders.order.created', 8);
 */
export async function getEventPage(db: Database, actor: Actor, ref: string, historyLimit: number, fullVersions = VERSIONS_SHOWN_IN_FULL): Promise<EventPageData> {
  const row = await readEventDetail(db.direct, { workspaceId: actor.workspaceId, ref }, { historyLimit, fullVersions });
  if (!row) throw notFound(`Event "${ref}"`);
  return {
    ...toEventDetail(row),
    olderVersions: row.olderVersions.map(toVersionHeader),
    history: (row.history ?? []).map(toHistoryEntry),
  };
}
