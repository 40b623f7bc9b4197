import type { HistoryEntry } from '@/lib/server/history';

/** The kinds of item the change log records, in the order the history filter offers them. */
export const ENTITY_TYPES = ['event', 'version', 'service', 'channel', 'producer', 'consumer', 'flow', 'domain', 'membership', 'invitation', 'token', 'workspace'] as const;

/**
 * Where a change-log entry's item lives in the UI, or null when it has no page.
 * Events and services are linked by id, so the link survives a rename.
 */
export function entityHref(slug: string, entry: Pick<HistoryEntry, 'entityType' | 'entityId' | 'entityName' | 'after'>): string | null {
  const base = `/w/${slug}`;
  switch (entry.entityType) {
    case 'event':
      return `${base}/events/${encodeURIComponent(entry.entityId)}`;
    case 'service':
      return `${base}/services/${encodeURIComponent(entry.entityId)}`;
    case 'version': {
      // Version entries are named "Event@label"; the label itself never contains "@".
      const at = entry.entityName.lastIndexOf('@');
      return at > 0 ? `${base}/events/${encodeURIComponent(entry.entityName.slice(0, at))}#versions` : null;
    }
    case 'channel':
      return `${base}/channels#${encodeURIComponent(entry.entityName)}`;
    case 'flow': {
      const slugOfFlow = (entry.after as { slug?: unknown } | null)?.slug;
      return typeof slugOfFlow === 'string' ? `${base}/flows/${encodeURIComponent(slugOfFlow)}` : `${base}/flows`;
    }
    case 'membership':
    case 'invitation':
    case 'token':
      return `${base}/settings`;
    default:
      return null;
  }
}

/** The history page, filtered to one item (or one kind of item). */
export function historyHref(slug: string, filter: { entityType?: string; entityId?: string }): string {
  const query = new URLSearchParams();
  if (filter.entityType) query.set('entityType', filter.entityType);
  if (filter.entityId) query.set('entityId', filter.entityId);
  const text = query.toString();
  return `/w/${slug}/history${text ? `?${text}` : ''}`;
}
