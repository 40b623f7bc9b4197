import type { Metadata } from 'next';
import Link from 'next/link';
import { catalogQuery } from '@/components/catalog/catalog-query';
import { EmptyState } from '@/components/catalog/empty-state';
import { PageHeader, primaryButton } from '@/components/catalog/page-header';
import { Pager } from '@/components/catalog/pager';
import { listHref, SearchBar, searchValues, withFilter } from '@/components/catalog/search-bar';
import { TagList } from '@/components/catalog/tag-list';
import { roleAllows } from '@/lib/domain/model';
import { listServices } from '@/lib/server/catalog/services';
import { pageActor } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'Services' };

const PAGE_SIZE = 50;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The searchable list of services. */
export default async function ServicesPage({ params, searchParams }: { params: Promise<{ workspace: string }>; searchParams: SearchParams }) {
  const { workspace: slug } = await params;
  const raw = await searchParams;
  const { db, actor } = await pageActor(slug);
  const { status: _status, ...values } = searchValues(raw);
  const query = catalogQuery(values, Math.max(0, Number(raw.offset) || 0), PAGE_SIZE);
  const { items, total } = await listServices(db, actor, query);
  const base = `/w/${slug}/services`;
  const canEdit = roleAllows(actor.role, 'editor');
  const filtered = Boolean(values.q || values.tag || values.owner);
  return (
    <>
      <PageHeader title="Services" eyebrow="Catalog" actions={canEdit && <Link href={`${base}/new`} className={primaryButton}>New service</Link>}>
        <p className="text-sm text-slate-600">The applications that produce and consume your events.</p>
      </PageHeader>
      <SearchBar action={base} values={values} placeholder="Name, description or tag" />
      {items.length === 0 ? (
        <EmptyState title={filtered ? 'No services match these filters.' : 'No services yet.'}>
          {filtered ? (
            <Link href={base} className="text-brand-600 underline">Clear the filters</Link>
          ) : canEdit ? (
            <Link href={`${base}/new`} className="text-brand-600 underline">Create the first service</Link>
          ) : (
            'Editors of this workspace can add services.'
          )}
        </EmptyState>
      ) : (
        <div className="space-y-3">
          <Pager total={total} offset={query.offset} shown={items.length} limit={PAGE_SIZE} noun={total === 1 ? 'service' : 'services'} hrefFor={(o) => listHref(base, { ...values, offset: o ? String(o) : undefined })} />
          <ul className="grid gap-3 md:grid-cols-2">
            {items.map((s) => (
              <li key={s.id} data-testid="service-row" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-500/50">
                <div className="flex items-start justify-between gap-3">
                  <Link href={`${base}/${encodeURIComponent(s.name)}`} className="font-medium text-brand-700 hover:underline">{s.name}</Link>
                  {s.owner && <Link href={withFilter(base, values, 'owner', s.owner)} className="shrink-0 text-sm text-slate-600 hover:underline">{s.owner}</Link>}
                </div>
                {s.description && <p className="mt-1 line-clamp-2 text-sm text-slate-600">{firstLine(s.description)}</p>}
                <div className="mt-2"><TagList tags={s.tags} hrefFor={(t) => withFilter(base, values, 'tag', t)} /></div>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/** A plain-text teaser from a Markdown description (no markup is rendered in lists). */
function firstLine(markdown: string): string {
  const line = markdown.split('\n').find((l) => l.trim() && !l.trim().startsWith('#')) ?? '';
  return line.replace(/[*_`>#[\]]/g, '').replace(/\(https?:[^)]*\)/g, '').trim();
}
