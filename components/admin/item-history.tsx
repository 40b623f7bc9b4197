import Link from 'next/link';
import { SectionCard } from '@/components/catalog/section-card';
import type { Actor } from '@/lib/server/actor';
import type { Database } from '@/lib/server/db';
import { listItemHistory, type HistoryEntry } from '@/lib/server/history';
import { historyHref } from './entity-href';
import { HistoryList } from './history-list';
import { historyListItems } from './history-list-items';

/** How many changes an item page's History section shows. */
export const ITEM_HISTORY_SHOWN = 8;

/**
 * An item page's "History" section: its latest changes, and for an event also its
 * published versions, with a link to the full, filtered log.
 */
export async function ItemHistory({ db, actor, slug, entityType, entityId, versionIds }: {
  db: Database;
  actor: Actor;
  slug: string;
  entityType: 'event' | 'service';
  entityId: string;
  /** The event's version ids, to include their publishes. */
  versionIds?: string[];
}) {
  const items = [{ entityType, entityId }, ...(versionIds ?? []).map((id) => ({ entityType: 'version', entityId: id }))];
  const entries = await listItemHistory(db, actor, items, ITEM_HISTORY_SHOWN);
  return <ItemHistorySection slug={slug} entityType={entityType} entityId={entityId} entries={entries} />;
}

/** The History section for entries the page already read (the event page reads them with the event). */
export function ItemHistorySection({ slug, entityType, entityId, entries }: { slug: string; entityType: 'event' | 'service'; entityId: string; entries: HistoryEntry[] }) {
  return (
    <SectionCard
      title="History"
      id="history"
      actions={<Link href={historyHref(slug, { entityType, entityId })} className="text-sm font-medium text-brand-700 hover:underline">Full history</Link>}
    >
      {entries.length === 0 ? (
        <p className="text-sm text-slate-500">No recorded changes.</p>
      ) : (
        <HistoryList items={historyListItems(slug, entries, new Date())} showItemFilter={false} />
      )}
    </SectionCard>
  );
}
