import { describe, expect, it } from 'vitest';
import { diffLines, type DiffLine, sideBySide } from './line-diff';

/** Rebuilds both texts from a diff: a diff is correct when it reproduces its inputs. */
function sides(diff: DiffLine[]): { old: string; next: string } {
  const old = diff.filter((l) => l.op !== 'added').map((l) => l.text);
  const next = diff.filter((l) => l.op !== 'removed').map((l) => l.text);
  return { old: old.join('\n'), next: next.join('\n') };
}

const ops = (diff: DiffLine[]) => diff.map((l) => `${l.op === 'same' ? ' ' : l.op === 'removed' ? '-' : '+'}${l.text}`);

describe('diffLines', () => {
  it('keeps identical texts as unchanged lines, numbered on both sides', () => {
    const diff = diffLines('a\nb', 'a\nb');
    expect(diff).toEqual([
      { op: 'same', text: 'a', oldLine: 1, newLine: 1 },
      { op: 'same', text: 'b', oldLine: 2, newLine: 2 },
    ]);
  });

  it('marks a replaced line as removed then added', () => {
    expect(ops(diffLines('a\nb\nc', 'a\nx\nc'))).toEqual([' a', '-b', '+x', ' c']);
  });

  it('finds insertions and deletions in the middle with their line numbers', () => {
    const diff = diffLines('{\n  "a": 1,\n  "b": 2\n}', '{\n  "a": 1,\n  "z": 0,\n  "b": 2\n}');
    expect(ops(diff)).toEqual([' {', '   "a": 1,', '+  "z": 0,', '   "b": 2', ' }']);
    expect(diff[2]).toEqual({ op: 'added', text: '  "z": 0,', newLine: 3 });
    expect(diff[3]).toEqual({ op: 'same', text: '  "b": 2', oldLine: 3, newLine: 4 });
  });

  it('keeps the longest common subsequence, not just the common head and tail', () => {
    const diff = diffLines(['x', 'a', 'y', 'b', 'z'].join('\n'), ['a', 'q', 'b', 'r'].join('\n'));
    expect(diff.filter((l) => l.op === 'same').map((l) => l.text)).toEqual(['a', 'b']);
  });

  it('reproduces both inputs for many random pairs', () => {
    // A tiny deterministic generator: the test is repeatable.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 200; round++) {
      const lines = (n: number) => Array.from({ length: n }, () => 'abcd'[Math.floor(next() * 4)]!).join('\n');
      const a = lines(Math.floor(next() * 12));
      const b = lines(Math.floor(next() * 12));
      const diff = diffLines(a, b);
      expect(sides(diff)).toEqual({ old: a, next: b });
      // Line numbers are consecutive on each side.
      expect(diff.flatMap((l) => (l.op === 'added' ? [] : [l.oldLine]))).toEqual(a.split('\n').map((_, i) => i + 1));
      expect(diff.flatMap((l) => (l.op === 'removed' ? [] : [l.newLine]))).toEqual(b.split('\n').map((_, i) => i + 1));
    }
  });

  it('falls back to replacing the differing middle when the table would be too large', () => {
    const diff = diffLines('h\na\nb\nt', 'h\nb\na\nt', 4);
    expect(ops(diff)).toEqual([' h', '-a', '-b', '+b', '+a', ' t']);
    expect(sides(diff)).toEqual({ old: 'h\na\nb\nt', next: 'h\nb\na\nt' });
  });
});

describe('sideBySide', () => {
  it('pairs removed and added runs row by row and leaves the shorter side blank', () => {
    const rows = sideBySide(diffLines('a\nb\nc\nd', 'a\nx\nd'));
    expect(rows).toEqual([
      { left: { line: 1, text: 'a', changed: false }, right: { line: 1, text: 'a', changed: false } },
      { left: { line: 2, text: 'b', changed: true }, right: { line: 2, text: 'x', changed: true } },
      { left: { line: 3, text: 'c', changed: true } },
      { left: { line: 4, text: 'd', changed: false }, right: { line: 3, text: 'd', changed: false } },
    ]);
  });

  it('shows a pure insertion with a blank left cell', () => {
    const rows = sideBySide(diffLines('a', 'a\nb'));
    expect(rows[1]).toEqual({ right: { line: 2, text: 'b', changed: true } });
  });
});
