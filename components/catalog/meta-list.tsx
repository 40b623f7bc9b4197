import type { ReactNode } from 'react';

/** Label/value pairs in a compact grid, for an item's facts under its heading. */
export function MetaList({ items }: { items: Array<{ label: string; value: ReactNode; testId?: string }> }) {
  return (
    <dl className="grid grid-cols-2 gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm sm:grid-cols-3 lg:grid-cols-5">
      {items.map((item) => (
        <div key={item.label} className="min-w-0">
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{item.label}</dt>
          <dd className="mt-0.5 break-words text-slate-900" data-testid={item.testId}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A placeholder for an empty value. */
export function None({ children = '—' }: { children?: ReactNode }) {
  return <span className="text-slate-400">{children}</span>;
}

/** One formatter for every call: `toLocaleString` builds (and throws away) one per call, which showed in page profiles. */
const UTC_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/**
 * A UTC timestamp people can read, independent of the server's locale.
 * @example formatTime('2026-11-27T23:32:44.139Z') // '27 Nov 2026, 23:32 UTC'
 */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${UTC_TIME.format(date)} UTC`;
}
