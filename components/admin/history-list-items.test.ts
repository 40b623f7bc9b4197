import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@/lib/server/history';
import { historyListItems } from './history-list-items';

const entry = (over: Partial<HistoryEntry>): HistoryEntry => ({
  id: '1', actorName: 'Ada', action: 'update', entityType: 'event', entityId: 'e-1', entityName: 'OrderCreated',
  before: null, after: null, reason: null, createdAt: '2026-09-07T03:04:05.000Z', ...over,
});
const now = new Date('2026-09-07T03:09:05.000Z');

describe('historyListItems', () => {
  it('works out links, both times and the changed fields on the server, without the snapshots', () => {
    const description = 'A long description that did not change. '.repeat(20);
    const [item] = historyListItems('demo', [entry({ before: { status: 'draft', description }, after: { status: 'active', description } })], now);
    expect(item).toEqual({
      id: '1', actorName: 'Ada', action: 'update', entityType: 'event', name: 'OrderCreated',
      href: '/w/demo/events/e-1', itemHistoryHref: '/w/demo/history?entityType=event&entityId=e-1',
      createdAt: '2026-09-07T03:04:05.000Z', timeText: '7 Sept 2026, 03:04 UTC', relativeText: '5 minutes ago', reason: null,
      changes: [{ field: 'status', kind: 'changed', before: 'draft', after: 'active' }],
      changesLabel: '1 field changed',
    });
    expect(JSON.stringify(item)).not.toContain('did not change');
  });

  it('labels creates and deletes by the side they recorded', () => {
    const [created, deleted, empty] = historyListItems('demo', [
      entry({ action: 'create', after: { name: 'A', tags: ['x'] } }),
      entry({ action: 'delete', before: { name: 'A' } }),
      entry({ before: {}, after: { name: 'A' } }),
    ], now);
    expect(created!.changesLabel).toBe('Show values (2 fields)');
    expect(created!.changes).toEqual([{ field: 'name', kind: 'added', after: 'A' }, { field: 'tags', kind: 'added', after: '["x"]' }]);
    expect(deleted!.changesLabel).toBe('Show last values (1 field)');
    expect(deleted!.changes).toEqual([{ field: 'name', kind: 'removed', before: 'A' }]);
    expect(empty!.changesLabel).toBe('1 field changed');
  });

  it('names members by their name and links flows by their slug', () => {
    const [member, flow] = historyListItems('demo', [
      entry({ entityType: 'membership', entityName: 'user-1', entityId: 'm-1' }),
      entry({ entityType: 'flow', entityName: 'Checkout', after: { slug: 'checkout' } }),
    ], now, { 'user-1': 'Grace' });
    expect(member!.name).toBe('Grace');
    expect(flow!.href).toBe('/w/demo/flows/checkout');
  });
});
