import { describe, expect, it } from 'vitest';
import { describeEntry, forget, moveEntry, movesFor, record, type HistoryEntry } from './history';

const move = (x: number) => ({ kind: 'service' as const, refId: 's', from: { x: 0, y: 0 }, to: { x, y: 5 } });

describe('history', () => {
  it('records one entry per gesture and drops the redo stack', () => {
    const old: HistoryEntry = { type: 'place', label: 'x', nodes: [] };
    const entry = moveEntry([move(10)], 'S')!;
    expect(record({ past: [], future: [old] }, entry)).toEqual({ past: [entry], future: [] });
  });

  it('records nothing for a click or a drag that came back to where it started', () => {
    expect(moveEntry([{ ...move(0), to: { x: 0, y: 0 } }], 'S')).toBeNull();
  });

  it('keeps only the nodes that moved', () => {
    const entry = moveEntry([move(10), { ...move(0), refId: 't', to: { x: 0, y: 0 } }], 'S');
    expect(entry).toMatchObject({ type: 'move', moves: [{ refId: 's' }] });
  });

  it('undo saves the start positions, redo the end positions', () => {
    const entry = moveEntry([move(10)], 'S') as Extract<HistoryEntry, { type: 'move' }>;
    expect(movesFor(entry, 'undo')).toEqual([{ kind: 'service', refId: 's', x: 0, y: 0 }]);
    expect(movesFor(entry, 'redo')).toEqual([{ kind: 'service', refId: 's', x: 10, y: 5 }]);
  });

  it('caps the undo stack', () => {
    let h = { past: [] as HistoryEntry[], future: [] as HistoryEntry[] };
    for (let i = 1; i <= 150; i++) h = record(h, moveEntry([move(i)], `n${i}`)!);
    expect(h.past).toHaveLength(100);
    expect(describeEntry(h.past[99]!)).toBe('move n150');
  });

  it('forgets the entries that name an item deleted for good, and only those', () => {
    const a = { kind: 'service' as const, refId: 'a' };
    const b = { kind: 'service' as const, refId: 'b' };
    const removeA: HistoryEntry = { type: 'remove', label: 'A', nodes: [{ ...a, x: 0, y: 0 }] };
    const editB: HistoryEntry = { type: 'edit', label: 'B', item: b, before: { owner: '' }, after: { owner: 'x' }, version: 2 };
    const connect: HistoryEntry = { type: 'connect', label: 'A → E', source: a, target: { kind: 'event', refId: 'e' }, edge: { kind: 'produces', relationId: 'r' } };
    expect(forget({ past: [removeA, editB], future: [connect] }, [a])).toEqual({ past: [editB], future: [] });
    expect(describeEntry(removeA)).toBe('remove A from the view');
    expect(describeEntry(editB)).toBe('edit B');
  });
});
