import Link from 'next/link';
import { formatTime } from '@/components/catalog/meta-list';
import { diffChange } from '@/lib/domain/history/change-diff';
import { relativeTime } from '@/lib/domain/history/relative-time';
import type { HistoryEntry } from '@/lib/server/history';
import { ChangeDiffView } from './change-diff-view';
import { entityHref, historyHref } from './entity-href';

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
 * changed fields behind a disclosure. `now` is passed in so one page shows one clock.
 */
export function HistoryList({ slug, entries, now, showItemFilter = true, memberNames = {} }: {
  slug: string;
  entries: HistoryEntry[];
  now: Date;
  showItemFilter?: boolean;
  /** userId → how to show the member: role changes are logged under the member's user id. */
  memberNames?: Record<string, string>;
}) {
  return (
    <ol className="divide-y divide-slate-100" data-testid="history-list">
      {entries.map((entry) => {
        const href = entityHref(slug, entry);
        const fieldCount = diffChange(entry.before, entry.after).length;
        const name = (entry.entityType === 'membership' && memberNames[entry.entityName]) || entry.entityName;
        return (
          <li key={entry.id} className="py-3" data-testid="history-entry">
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
              <p className="min-w-0 text-sm text-slate-800">
                <span className="font-medium text-slate-900">{entry.actorName}</span>{' '}
                <span className={VERB_STYLES[entry.action] ?? 'text-slate-700'}>{VERBS[entry.action] ?? entry.action}</span>{' '}
                <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-600">{entry.entityType}</span>{' '}
                {href ? (
                  <Link href={href} className="break-all font-medium text-brand-700 hover:underline">{name}</Link>
                ) : (
                  <span className="break-all font-medium">{name}</span>
                )}
                {showItemFilter && (
                  <Link href={historyHref(slug, { entityType: entry.entityType, entityId: entry.entityId })} className="ml-2 text-xs text-slate-500 hover:text-slate-800 hover:underline" title="Show only this item's history">
                    only this item
                  </Link>
                )}
              </p>
              <time dateTime={entry.createdAt} title={formatTime(entry.createdAt)} className="shrink-0 text-xs text-slate-500">
                {relativeTime(entry.createdAt, now)} · {formatTime(entry.createdAt)}
              </time>
            </div>
            {entry.reason && <p className="mt-1 text-sm text-amber-800">Reason: {entry.reason}</p>}
            {fieldCount > 0 && (
              <details className="mt-1.5 group">
                <summary className="cursor-pointer text-xs font-medium text-brand-700 hover:underline">
                  {diffLabel(entry.before, entry.after, fieldCount)}
                </summary>
                <div className="mt-2 rounded-md border border-slate-200 bg-slate-50/60 p-3">
                  <ChangeDiffView before={entry.before} after={entry.after} />
                </div>
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** Creates and deletes record one side only; "changed" would misdescribe them. */
function diffLabel(before: unknown, after: unknown, count: number): string {
  const fields = count === 1 ? '1 field' : `${count} fields`;
  if (before === null || before === undefined) return `Show values (${fields})`;
  if (after === null || after === undefined) return `Show last values (${fields})`;
  return `${fields} changed`;
}
