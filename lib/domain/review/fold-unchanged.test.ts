import { describe, expect, it } from 'vitest';
import { foldUnchanged, type FoldedRow } from './fold-unchanged';
import { diffLines, sideBySide } from './line-diff';

const lines = (n: number, change?: number) => Array.from({ length: n }, (_, i) => (i === change ? 'CHANGED' : `line ${i + 1}`)).join('\n');
const shape = (folded: FoldedRow[]) => folded.map((f) => ('hidden' in f ? `…${f.hidden}` : f.row.left?.changed || f.row.right?.changed ? '*' : '.'));

describe('foldUnchanged', () => {
  it('keeps context lines around a change and folds the rest', () => {
    const rows = sideBySide(diffLines(lines(30), lines(30, 14)));
    expect(shape(foldUnchanged(rows, () => false, 3))).toEqual(['…11', '.', '.', '.', '*', '.', '.', '.', '…12']);
  });

  it('shows every row once, hidden or not', () => {
    const rows = sideBySide(diffLines(lines(50, 3), lines(50, 40)));
    const folded = foldUnchanged(rows, () => false, 2);
    const shown = folded.filter((f) => 'row' in f).length;
    const hidden = folded.reduce((n, f) => n + ('hidden' in f ? f.hidden : 0), 0);
    expect(shown + hidden).toBe(rows.length);
  });

  it('keeps pinned rows with their context, and never folds a single row', () => {
    const rows = sideBySide(diffLines(lines(12), lines(12)));
    expect(shape(foldUnchanged(rows, (row) => row.left?.line === 6, 1))).toEqual(['…4', '.', '.', '.', '…5']);
    expect(shape(foldUnchanged(rows, (row) => row.left?.line === 2 || row.left?.line === 6, 1))).toEqual(['.', '.', '.', '.', '.', '.', '.', '…5']);
  });

  it('folds an identical document entirely', () => {
    expect(foldUnchanged(sideBySide(diffLines(lines(5), lines(5))), () => false)).toEqual([{ hidden: 5 }]);
  });
});
