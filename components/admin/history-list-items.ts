import { formatTime } from '@/components/catalog/meta-list';
import { diffChange, showValue } from '@/lib/domain/history/change-diff';
import { relativeTime } from '@/lib/domain/history/relative-time';
import type { HistoryEntry } from '@/lib/server/history';
import { entityHref, historyHref } from './entity-href';

/** One changed field as the diff table shows it. */
export interface ShownFieldChange {
  field: string;
  kind: 'added' | 'removed' | 'changed';
  /** Absent when the field was added. */
  before?: string;
  /** Absent when the field was removed. */
  after?: string;
}

/**
 * A change-log entry as the history list shows it: links, times and the changed fields worked
 * out on the server (one clock and one locale, no hydration surprises), without the full
 * before/after snapshots the fields come from (an update carries the whole item twice).
 */
export interface HistoryListItem {
  id: string;
  actorName: string;
  action: string;
  entityType: string;
  /** The item's name, or the member's for a role change. */
  name: string;
  href: string | null;
  /** This item's own history. */
  itemHistoryHref: string;
  createdAt: string;
  timeText: string;
  relativeText: string;
  reason: string | null;
  changes: ShownFieldChange[];
  /** What the disclosure over the changes says ("2 fields changed"). */
  changesLabel: string;
}

/**
 * Change-log entries (newest first) as the client history list takes them.
 * @example historyListItems('demo', await listItemHistory(db, actor, items, 8), new Date())
 */
export function historyListItems(slug: string, entries: HistoryEntry[], now: Date, memberNames: Record<string, string> = {}): HistoryListItem[] {
  return entries.map((entry) => {
    const changes = diffChange(entry.before, entry.after);
    return {
      id: entry.id,
      actorName: entry.actorName,
      action: entry.action,
      entityType: entry.entityType,
      name: (entry.entityType === 'membership' && memberNames[entry.entityName]) || entry.entityName,
      href: entityHref(slug, entry),
      itemHistoryHref: historyHref(slug, { entityType: entry.entityType, entityId: entry.entityId }),
      createdAt: entry.createdAt,
      timeText: formatTime(entry.createdAt),
      relativeText: relativeTime(entry.createdAt, now),
      reason: entry.reason,
      changes: changes.map((c) => ({
        field: c.field,
        kind: c.kind,
        ...(c.kind === 'added' ? {} : { before: showValue(c.before) }),
        ...(c.kind === 'removed' ? {} : { after: showValue(c.after) }),
      })),
      changesLabel: diffLabel(entry.before, entry.after, changes.length),
    };
  });
}

/** Creates and deletes record one side only; "changed" would misdescribe them. */
function diffLabel(before: unknown, after: unknown, count: number): string {
  const fields = count === 1 ? '1 field' : `${count} fields`;
  if (before === null || before === undefined) return `Show values (${fields})`;
  if (after === null || after === undefined) return `Show last values (${fields})`;
  return `${fields} changed`;
}
