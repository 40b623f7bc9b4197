import Link from 'next/link';

/** "Showing 1–50 of 120" with previous/next links that keep the current filters. */
export function Pager({ total, offset, shown, limit, hrefFor, noun }: {
  total: number;
  offset: number;
  shown: number;
  limit: number;
  hrefFor: (offset: number) => string;
  noun: string;
}) {
  const from = total === 0 ? 0 : offset + 1;
  const to = offset + shown;
  const link = 'rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm text-slate-700 hover:bg-slate-50';
  return (
    <div className="flex items-center justify-between gap-4 text-sm text-slate-600">
      <p data-testid="result-count">
        {total === shown && offset === 0 ? `${total} ${noun}` : `Showing ${from}–${to} of ${total} ${noun}`}
      </p>
      {(offset > 0 || to < total) && (
        <div className="flex gap-2">
          {offset > 0 && <Link className={link} href={hrefFor(Math.max(0, offset - limit))}>Previous</Link>}
          {to < total && <Link className={link} href={hrefFor(offset + limit)}>Next</Link>}
        </div>
      )}
    </div>
  );
}
