import type { SideBySideRow } from './line-diff';

/** A row to show, or a run of unchanged rows folded away (`hidden` of them). */
export type FoldedRow = { row: SideBySideRow } | { hidden: number };

/**
 * Folds long runs of unchanged rows, keeping `context` rows around each changed or
 * pinned row (pinned: a row a change points at), so a small change in a long schema
 * is visible without scrolling. A fold never hides fewer than two rows.
 *
 * @example
 * foldUnchanged(rows, () => false, 3); // [{ row }, { row }, { row }, { hidden: 40 }, ...]
 */
export function foldUnchanged(rows: SideBySideRow[], pinned: (row: SideBySideRow) => boolean, context = 3): FoldedRow[] {
  const interesting = rows.map((row) => Boolean(row.left?.changed || row.right?.changed || pinned(row)));
  const keep = new Array<boolean>(rows.length).fill(false);
  interesting.forEach((yes, i) => {
    if (!yes) return;
    for (let k = Math.max(0, i - context); k <= Math.min(rows.length - 1, i + context); k++) keep[k] = true;
  });
  const out: FoldedRow[] = [];
  let i = 0;
  while (i < rows.length) {
    if (keep[i]) {
      out.push({ row: rows[i]! });
      i++;
      continue;
    }
    let end = i;
    while (end < rows.length && !keep[end]) end++;
    if (end - i >= 2) out.push({ hidden: end - i });
    else for (let k = i; k < end; k++) out.push({ row: rows[k]! });
    i = end;
  }
  return out;
}
