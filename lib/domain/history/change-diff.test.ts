import { describe, expect, it } from 'vitest';
import { diffChange, showValue, WHOLE_VALUE } from './change-diff';

describe('diffChange', () => {
  it('lists only the top-level fields whose JSON differs, with old and new values', () => {
    const before = { name: 'Orders', owner: 'team-a', tags: ['x'], version: 3 };
    const after = { name: 'Orders', owner: 'team-b', tags: ['x', 'y'], version: 4 };
    expect(diffChange(before, after)).toEqual([
      { field: 'owner', kind: 'changed', before: 'team-a', after: 'team-b' },
      { field: 'tags', kind: 'changed', before: ['x'], after: ['x', 'y'] },
      { field: 'version', kind: 'changed', before: 3, after: 4 },
    ]);
  });

  it('does not count a different key order inside a nested value as a change', () => {
    const before = { schema: { type: 'object', properties: { a: { type: 'string' } } } };
    const after = { schema: { properties: { a: { type: 'string' } }, type: 'object' } };
    expect(diffChange(before, after)).toEqual([]);
  });

  it('sees a change deep inside a nested value as a change of its top-level field', () => {
    const changes = diffChange({ schema: { required: ['a'] } }, { schema: { required: ['a', 'b'] } });
    expect(changes.map((c) => c.field)).toEqual(['schema']);
  });

  it('lists every field as added for a created item and as removed for a deleted one', () => {
    expect(diffChange(null, { role: 'editor' })).toEqual([{ field: 'role', kind: 'added', after: 'editor' }]);
    expect(diffChange({ role: 'owner' }, undefined)).toEqual([{ field: 'role', kind: 'removed', before: 'owner' }]);
  });

  it('tells a field set to null apart from a field that disappeared', () => {
    expect(diffChange({ owner: 'a', channel: 'c' }, { owner: null })).toEqual([
      { field: 'owner', kind: 'changed', before: 'a', after: null },
      { field: 'channel', kind: 'removed', before: 'c' },
    ]);
  });

  it('compares snapshots that are not objects as one whole value', () => {
    expect(diffChange([1], [1, 2])).toEqual([{ field: WHOLE_VALUE, kind: 'changed', before: [1], after: [1, 2] }]);
    expect(diffChange('same', 'same')).toEqual([]);
  });

  it('finds nothing when neither side has a snapshot', () => {
    expect(diffChange(null, null)).toEqual([]);
  });
});

describe('showValue', () => {
  it('shows text bare and everything else as JSON', () => {
    expect(showValue('team-orders')).toBe('team-orders');
    expect(showValue(null)).toBe('null');
    expect(showValue({ a: [1] })).toBe('{"a":[1]}');
    expect(showValue(undefined)).toBe('');
  });
});
