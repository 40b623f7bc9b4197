import Link from 'next/link';
import { secondaryButton } from '@/components/catalog/page-header';

const control = 'mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-1 focus:ring-brand-500';

/** The history page's filters, as a plain GET form so every filtered view has a shareable URL. */
export function HistoryFilters({ types, entityType, entityId, since, clearHref }: {
  types: readonly string[];
  entityType?: string;
  entityId?: string;
  since?: string;
  clearHref: string;
}) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-label="Filter changes">
      {entityId && <input type="hidden" name="entityId" value={entityId} />}
      <div>
        <label htmlFor="history-type" className="block text-sm font-medium text-slate-800">Item type</label>
        <select id="history-type" name="entityType" defaultValue={entityType ?? ''} className={control}>
          <option value="">All types</option>
          {types.map((t) => (
            <option key={t} value={t}>{t}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="history-since" className="block text-sm font-medium text-slate-800">Since</label>
        <input id="history-since" name="since" type="date" defaultValue={since ?? ''} className={control} />
      </div>
      <button type="submit" className={secondaryButton}>Apply filters</button>
      {(entityType || entityId || since) && (
        <Link href={clearHref} className="py-2 text-sm font-medium text-brand-700 hover:underline">Clear filters</Link>
      )}
    </form>
  );
}
