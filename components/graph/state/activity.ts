/** A change-log entry as the live stream sends it. */
export interface ChangeEntry {
  id: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  entityName: string;
  before: unknown;
  after: unknown;
  createdAt: string;
}

type Refs = Array<{ kind: string; refId: string }>;
const VERBS: Record<string, string> = { create: 'created', update: 'updated', delete: 'deleted', publish: 'published a version of', 'force-publish': 'force-published', import: 'imported' };

function names(refs: Refs, nameOf: (kind: string, refId: string) => string | undefined): string {
  const known = refs.map((r) => nameOf(r.kind, r.refId) ?? `a ${r.kind}`);
  if (known.length <= 2) return known.join(' and ');
  return `${known[0]} and ${known.length - 1} more`;
}

function refs(after: unknown, key: 'moves' | 'added' | 'removed'): Refs | null {
  if (!after || typeof after !== 'object') return null;
  const list = (after as Record<string, unknown>)[key];
  return Array.isArray(list) ? (list as Refs) : null;
}

/**
 * One line saying who changed what, for the canvas's activity line.
 *
 * @example
 * describeChange({ actorName: 'Ana', entityType: 'flow', after: { moves: [{ kind: 'service', refId: 's1' }] }, ... }, () => 'Order Service');
 * // 'Ana moved Order Service'
 */
export function describeChange(entry: ChangeEntry, nameOf: (kind: string, refId: string) => string | undefined): string {
  const who = entry.actorName || 'Someone';
  if (entry.entityType === 'flow') {
    const moves = refs(entry.after, 'moves');
    if (moves) return `${who} moved ${names(moves, nameOf)}`;
    const added = refs(entry.after, 'added');
    if (added) return `${who} added ${names(added, nameOf)} to the view`;
    const removed = refs(entry.after, 'removed');
    if (removed) return `${who} removed ${names(removed, nameOf)} from the view`;
  }
  if (entry.entityType === 'producer' || entry.entityType === 'consumer') {
    const what = entry.action === 'create' ? 'connected' : entry.action === 'delete' ? 'removed a connection' : 'changed';
    return entry.action === 'delete' ? `${who} ${what} (${entry.entityType})` : `${who} ${what} ${entry.entityName}`;
  }
  return `${who} ${VERBS[entry.action] ?? entry.action} ${entry.entityType} ${entry.entityName}`.trim();
}

const ITEM_TYPES = new Set(['service', 'event', 'channel']);

/**
 * Whether a workspace change concerns this flow: the flow itself, an item shown on it,
 * or a relation with an end on it. Others' edits elsewhere neither refetch nor show.
 *
 * @example
 * touchesFlow({ entityType: 'service', entityId: 's1', ... }, 'f1', (id) => id === 'service:s1'); // true
 */
export function touchesFlow(entry: ChangeEntry, flowId: string, shown: (nodeId: string) => boolean): boolean {
  if (entry.entityType === 'flow') return entry.entityId === flowId;
  if (ITEM_TYPES.has(entry.entityType)) return shown(`${entry.entityType}:${entry.entityId}`);
  if (entry.entityType === 'producer' || entry.entityType === 'consumer') {
    const relation = (entry.after ?? entry.before) as { serviceId?: string; eventId?: string } | null;
    return Boolean(relation && (shown(`service:${relation.serviceId}`) || shown(`event:${relation.eventId}`)));
  }
  return false;
}
