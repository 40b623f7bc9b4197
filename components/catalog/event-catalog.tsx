import Link from 'next/link';
import type { ReactNode } from 'react';
import { roleAllows } from '@/lib/domain/model';
import { listEvents } from '@/lib/server/catalog/events';
import { pageActor } from '@/lib/server/page-context';
import { catalogQuery } from './catalog-query';
import { EmptyState } from './empty-state';
import { KindBadge } from './kind-badge';
import { PageHeader, primaryButton } from './page-header';
import { Pager } from './pager';
import { listHref, SearchBar, searchValues, withFilter } from './search-bar';
import { StatusBadge } from './status-badge';
import { TagList } from './tag-list';

const PAGE_SIZE = 50;

/** The searchable event list: the catalog's home and its Events section. */
export async function EventCatalog({ slug, params, actions }: { slug: string; params: Record<string, string | string[] | undefined>; actions?: ReactNode }) {
  const { db, actor } = await pageActor(slug);
  const values = searchValues(params);
  const offset = Math.max(0, Number(params.offset) || 0);
  const query = catalogQuery(values, offset, PAGE_SIZE);
  const { items, total } = await listEvents(db, actor, query);
  const base = `/w/${slug}`;
  const filtered = Boolean(values.q || values.tag || values.owner || values.status);
  return (
    <>
      <PageHeader
        title="Events"
        eyebrow="Catalog"
        actions={
          <>
            {actions}
            {roleAllows(actor.role, 'editor') && <Link href={`${base}/events/new`} className={primaryButton}>New event</Link>}
          </>
        }
      >
        <p className="text-sm text-slate-600">Every event, command and query your services exchange, with their schemas and owners.</p>
      </PageHeader>
      <SearchBar action={base} values={values} withStatus placeholder="Name, summary or tag" />
      {items.length === 0 ? (
        <EmptyState title={filtered ? 'No events match these filters.' : 'No events yet.'}>
          {filtered ? (
            <Link href={base} className="text-brand-600 underline">Clear the filters</Link>
          ) : roleAllows(actor.role, 'editor') ? (
            <Link href={`${base}/events/new`} className="text-brand-600 underline">Create the first event</Link>
          ) : (
            'Editors of this workspace can add events.'
          )}
        </EmptyState>
      ) : (
        <div className="space-y-3">
          <Pager total={total} offset={query.offset} shown={items.length} limit={PAGE_SIZE} noun={total === 1 ? 'event' : 'events'} hrefFor={(o) => listHref(base, { ...values, offset: o ? String(o) : undefined })} />
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
                <tr>
                  <th scope="col" className="px-4 py-2.5 font-medium">Name</th>
                  <th scope="col" className="px-4 py-2.5 font-medium">Kind</th>
                  <th scope="col" className="px-4 py-2.5 font-medium">Status</th>
                  <th scope="col" className="px-4 py-2.5 font-medium">Owner</th>
                  <th scope="col" className="px-4 py-2.5 font-medium">Tags</th>
                  <th scope="col" className="px-4 py-2.5 font-medium">Latest</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {items.map((e) => (
                  <tr key={e.id} className="align-top hover:bg-slate-50" data-testid="event-row">
                    <td className="max-w-md px-4 py-3">
                      <Link href={`${base}/events/${encodeURIComponent(e.name)}`} className="font-medium text-brand-700 hover:underline">{e.name}</Link>
                      {e.summary && <p className="mt-0.5 line-clamp-2 text-slate-600">{e.summary}</p>}
                    </td>
                    <td className="px-4 py-3"><KindBadge kind={e.kind} /></td>
                    <td className="px-4 py-3"><StatusBadge status={e.status} /></td>
                    <td className="px-4 py-3 whitespace-nowrap">
                      {e.owner ? <Link href={withFilter(base, values, 'owner', e.owner)} className="text-slate-700 hover:underline">{e.owner}</Link> : <span className="text-slate-400">—</span>}
                    </td>
                    <td className="px-4 py-3"><TagList tags={e.tags} hrefFor={(t) => withFilter(base, values, 'tag', t)} /></td>
                    <td className="px-4 py-3 font-mono text-xs text-slate-700">{e.latestVersion ? `v${e.latestVersion}` : <span className="font-sans text-slate-400">no schema</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </>
  );
}
