'use client';

import Link from 'next/link';
import { ChangeDiffView } from './change-diff-view';
import type { HistoryListItem } from './history-list-items';

const VERBS: Record<string, string> = {
  create: 'created',
  update: 'updated',
  delete: 'deleted',
  publish: 'published',
  'force-publish': 'force-published',
  import: 'imported',
};

const VERB_STYLES: Record<string, string> = {
  create: 'text-emerald-700',
  delete: 'text-red-700',
  'force-publish': 'text-amber-700',
};

/**
 * Change-log entries, newest first: who did what to which item and when, with the
 * changed fields behind a disclosure. A client component fed `historyListItems` (times,
 * links and changed fields worked out on the server), so its markup is not sent twice.
 */
export function HistoryList({ items, showItemFilter = true }: { items: HistoryListItem[]; showItemFilter?: boolean }) {
  return (
    <ol className="divide-y divide-slate-100" data-testid="history-list">
      {items.map((entry) => (
        <li key={entry.id} className="py-3" data-testid="history-entry">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <p className="min-w-0 text-sm text-slate-800">
              <span className="font-medium text-slate-900">{entry.actorName}</span>{' '}
              <span className={VERB_STYLES[entry.action] ?? 'text-slate-700'}>{VERBS[entry.action] ?? entry.action}</span>{' '}
              <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-600">{entry.entityType}</span>{' '}
              {entry.href ? (
                <Link href={entry.href} className="break-all font-medium text-brand-700 hover:underline">{entry.name}</Link>
              ) : (
                <span className="break-all font-medium">{entry.name}</span>
              )}
              {showItemFilter && (
                <Link href={entry.itemHistoryHref} className="ml-2 text-xs text-slate-500 hover:text-slate-800 hover:underline" title="Show only this item's history">
                  only this item
                </Link>
              )}
            </p>
            <time dateTime={entry.createdAt} title={entry.timeText} className="shrink-0 text-xs text-slate-500">
              {entry.relativeText} · {entry.timeText}
            </time>
          </div>
          {entry.reason && <p className="mt-1 text-sm text-amber-800">Reason: {entry.reason}</p>}
          {entry.changes.length > 0 && (
            <details className="mt-1.5 group">
              <summary className="cursor-pointer text-xs font-medium text-brand-700 hover:underline">{entry.changesLabel}</summary>
              <div className="mt-2 rounded-md border border-slate-200 bg-slate-50/60 p-3">
                <ChangeDiffView changes={entry.changes} />
              </div>
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}
