import Link from 'next/link';
import { LIFECYCLE_STATUSES } from '@/lib/domain/model';

export interface SearchValues {
  q?: string;
  tag?: string;
  owner?: string;
  status?: string;
}

const input = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-1 focus:ring-brand-500';

/**
 * A plain GET form: the filters live in the URL, so a search is a link anyone can
 * share, and it works before any JavaScript loads.
 */
export function SearchBar({ action, values, withStatus = false, placeholder }: { action: string; values: SearchValues; withStatus?: boolean; placeholder: string }) {
  const filtered = Boolean(values.q || values.tag || values.owner || values.status);
  return (
    <form action={action} method="get" role="search" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-[2fr_1fr_1fr_auto] md:grid-cols-[2fr_1fr_1fr_1fr_auto]">
      <label className="block">
        <span className="text-xs font-medium uppercase tracking-wide text-slate-500">Search</span>
        <input type="search" name="q" defaultValue={values.q ?? ''} placeholder={placeholder} className={input} />
      </label>
      <label className="block">
        <span className="text-xs font-medium uppercase tracking-wide text-slate-500">Tag</span>
        <input name="tag" defaultValue={values.tag ?? ''} placeholder="any" className={input} />
      </label>
      <label className="block">
        <span className="text-xs font-medium uppercase tracking-wide text-slate-500">Owner</span>
        <input name="owner" defaultValue={values.owner ?? ''} placeholder="any team" className={input} />
      </label>
      {withStatus && (
        <label className="block">
          <span className="text-xs font-medium uppercase tracking-wide text-slate-500">Status</span>
          <select name="status" defaultValue={values.status ?? ''} className={input}>
            <option value="">any</option>
            {LIFECYCLE_STATUSES.map((s) => (
              <option key={s} value={s}>{s}</option>
            ))}
          </select>
        </label>
      )}
      <div className="flex items-end gap-2">
        <button type="submit" className="rounded-md bg-brand-600 px-3.5 py-1.5 text-sm font-medium text-white hover:bg-brand-700">
          Search
        </button>
        {filtered && (
          <Link href={action} className="px-1 py-1.5 text-sm text-slate-600 underline hover:text-slate-900">
            Clear
          </Link>
        )}
      </div>
    </form>
  );
}

/** Reads the list filters from Next's search params; blanks count as absent. */
export function searchValues(params: Record<string, string | string[] | undefined>): SearchValues {
  const pick = (key: string) => {
    const raw = params[key];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
    return value ? value : undefined;
  };
  return { q: pick('q'), tag: pick('tag'), owner: pick('owner'), status: pick('status') };
}

/** A list URL with these query parameters; blanks are left out. */
export function listHref(base: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}

/** A list URL with one filter changed, keeping the others (and going back to the first page). */
export function withFilter(base: string, values: SearchValues, key: keyof SearchValues, value: string): string {
  return listHref(base, { ...values, [key]: value });
}
