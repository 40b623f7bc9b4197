import { describe, expect, it } from 'vitest';
import { EVENT_FIELDS } from '../nodes/event/fields';
import { differences, draftOf, patchOf } from './item-draft';

const item = { name: 'OrderPlaced', summary: '', description: 'd', owner: 'team-a', tags: ['orders', 'core'], status: 'draft', kind: 'event' };

describe('item drafts', () => {
  it('shows tags as a comma list and nulls as empty', () => {
    const draft = draftOf({ ...item, summary: null }, EVENT_FIELDS);
    expect(draft.tags).toBe('orders, core');
    expect(draft.summary).toBe('');
  });

  it('patches only what changed, with tags back to a list', () => {
    const base = draftOf(item, EVENT_FIELDS);
    expect(patchOf(base, { ...base, owner: 'team-b', tags: 'orders, , new ' }, EVENT_FIELDS)).toEqual({ owner: 'team-b', tags: ['orders', 'new'] });
    expect(patchOf(base, base, EVENT_FIELDS)).toEqual({});
  });

  it('lists the saved values that differ from the user edit after a conflict', () => {
    const mine = draftOf({ ...item, owner: 'me' }, EVENT_FIELDS);
    const saved = draftOf({ ...item, owner: 'ops', status: 'active' }, EVENT_FIELDS);
    expect(differences(saved, mine, EVENT_FIELDS)).toEqual([
      { label: 'Owner', current: 'ops' },
      { label: 'Status', current: 'active' },
    ]);
  });
});
