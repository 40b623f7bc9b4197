import Link from 'next/link';
import { SectionCard } from '@/components/catalog/section-card';
import type { Actor } from '@/lib/server/actor';
import type { Database } from '@/lib/server/db';
import { type HistoryEntry, listHistory } from '@/lib/server/history';
import { historyHref } from './entity-href';
import { HistoryList } from './history-list';

const SHOWN = 8;
/** Version entries are found by name among the latest ones; older ones are on the history page. */
const VERSION_WINDOW = 200;

const newestFirst = (a: HistoryEntry, b: HistoryEntry) => (BigInt(b.id) > BigInt(a.id) ? 1 : BigInt(b.id) < BigInt(a.id) ? -1 : 0);

/**
 * An item page's "History" section: its latest changes, and for an event also its
 * published versions (logged as "Event@label"), with a link to the full, filtered log.
 */
export async function ItemHistory({ db, actor, slug, entityType, entityId, versionsOf }: {
  db: Database;
  actor: Actor;
  slug: string;
  entityType: 'event' | 'service';
  entityId: string;
  /** The event's name, to include its version entries. */
  versionsOf?: string;
}) {
  const [own, versions] = await Promise.all([
    listHistory(db, actor, { entityType, entityId, limit: SHOWN }),
    versionsOf ? listHistory(db, actor, { entityType: 'version', limit: VERSION_WINDOW }) : Promise.resolve([]),
  ]);
  const entries = [...own, ...versions.filter((v) => v.entityName.startsWith(`${versionsOf}@`))].sort(newestFirst).slice(0, SHOWN);
  return (
    <SectionCard
      title="History"
      id="history"
      actions={<Link href={historyHref(slug, { entityType, entityId })} className="text-sm font-medium text-brand-700 hover:underline">Full history</Link>}
    >
      {entries.length === 0 ? (
        <p className="text-sm text-slate-500">No recorded changes.</p>
      ) : (
        <HistoryList slug={slug} entries={entries} now={new Date()} showItemFilter={false} />
      )}
    </SectionCard>
  );
}
