import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/components/catalog/empty-state';
import { PageHeader, secondaryButton } from '@/components/catalog/page-header';
import { ENTITY_TYPES, historyHref } from '@/components/admin/entity-href';
import { HistoryFilters } from '@/components/admin/history-filters';
import { HistoryList } from '@/components/admin/history-list';
import { historyListItems } from '@/components/admin/history-list-items';
import { HistoryQuerySchema, listHistory } from '@/lib/server/history';
import { listMembers } from '@/lib/server/members';
import { pageActor } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'History' };
export const dynamic = 'force-dynamic';

/** "Load more" grows the page by this much, up to what the change log returns at once. */
const PAGE = 50;
const MAX = 500;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

/** The workspace's change log, newest first, filterable by kind of item, one item and a start date. */
export default async function HistoryPage({ params, searchParams }: { params: Promise<{ workspace: string }>; searchParams: SearchParams }) {
  const { workspace: slug } = await params;
  const raw = await searchParams;
  const { db, actor } = await pageActor(slug);

  const entityType = one(raw.entityType);
  const entityId = one(raw.entityId);
  const sinceDate = one(raw.since);
  const limit = Math.min(MAX, Math.max(PAGE, Number(one(raw.limit)) || PAGE));
  // A date from the picker means "from the start of that day", in UTC like every time shown here.
  const since = sinceDate && /^\d{4}-\d{2}-\d{2}$/.test(sinceDate) ? `${sinceDate}T00:00:00.000Z` : undefined;
  const query = HistoryQuerySchema.safeParse({ entityType, entityId, since, limit });
  const [entries, members] = await Promise.all([query.success ? listHistory(db, actor, query.data) : [], listMembers(db, actor)]);
  const memberNames = Object.fromEntries(members.map((m) => [m.userId, `${m.name} (${m.email})`]));
  const now = new Date();

  const filtered = Boolean(entityType || entityId || since);
  const moreHref = (() => {
    const next = new URLSearchParams();
    if (entityType) next.set('entityType', entityType);
    if (entityId) next.set('entityId', entityId);
    if (sinceDate) next.set('since', sinceDate);
    next.set('limit', String(Math.min(MAX, limit + PAGE)));
    return `/w/${slug}/history?${next.toString()}`;
  })();
  const itemName = entityId ? entries[0]?.entityName : undefined;

  return (
    <div className="space-y-6">
      <PageHeader title={itemName ? `History of ${itemName}` : 'History'} eyebrow={entityId ? <Link href={historyHref(slug, {})} className="hover:text-slate-800">← All changes</Link> : undefined}>
        <p className="text-slate-600">Every change to this workspace: who made it, when, and what it changed.</p>
      </PageHeader>

      <HistoryFilters types={ENTITY_TYPES} entityType={entityType} entityId={entityId} since={sinceDate} clearHref={historyHref(slug, {})} />

      {!query.success && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          These filters are not valid: {query.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('; ')}.
        </p>
      )}

      {query.success && entries.length === 0 ? (
        <EmptyState title={filtered ? 'No changes match these filters.' : 'No changes yet.'}>
          {filtered ? <Link href={historyHref(slug, {})} className="font-medium text-brand-700 underline">Show all changes</Link> : 'Changes to events, services, channels and members will be listed here.'}
        </EmptyState>
      ) : (
        entries.length > 0 && (
          <section className="rounded-lg border border-slate-200 bg-white px-5 shadow-sm" aria-label="Changes">
            <HistoryList items={historyListItems(slug, entries, now, memberNames)} showItemFilter={!entityId} />
          </section>
        )
      )}

      {entries.length === limit && (
        <div className="flex items-center gap-3 text-sm text-slate-600">
          {limit < MAX ? (
            <Link href={moreHref} scroll={false} className={secondaryButton}>Load more</Link>
          ) : (
            <p>Showing the latest {MAX} changes. Narrow the list with a type or a start date to see older ones.</p>
          )}
        </div>
      )}
    </div>
  );
}
