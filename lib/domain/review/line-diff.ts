/** One line of a line diff: kept on both sides, only in the old text, or only in the new one. */
export type DiffLine =
  | { op: 'same'; text: string; oldLine: number; newLine: number }
  | { op: 'removed'; text: string; oldLine: number }
  | { op: 'added'; text: string; newLine: number };

/**
 * Above this many LCS table cells (middle part, after the common head and tail are cut),
 * the middle is reported as replaced wholesale: a correct diff, just not a minimal one.
 */
export const MAX_DIFF_CELLS = 4_000_000;

/**
 * A line diff of two texts by longest common subsequence; line numbers are 1-based.
 * Removed lines come before the added lines that replace them.
 *
 * @example
 * diffLines('a\nb\nc', 'a\nx\nc').map((l) => l.op); // ['same', 'removed', 'added', 'same']
 */
export function diffLines(oldText: string, newText: string, maxCells = MAX_DIFF_CELLS): DiffLine[] {
  const a = oldText.split('\n');
  const b = newText.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;

  const out: DiffLine[] = [];
  for (let i = 0; i < head; i++) out.push({ op: 'same', text: a[i]!, oldLine: i + 1, newLine: i + 1 });
  out.push(...diffMiddle(a.slice(head, a.length - tail), b.slice(head, b.length - tail), head, head, maxCells));
  for (let k = tail; k > 0; k--) {
    out.push({ op: 'same', text: a[a.length - k]!, oldLine: a.length - k + 1, newLine: b.length - k + 1 });
  }
  return out;
}

/** The LCS walk over the part that differs; `oldOffset`/`newOffset` are the lines already emitted. */
function diffMiddle(a: string[], b: string[], oldOffset: number, newOffset: number, maxCells: number): DiffLine[] {
  const n = a.length;
  const m = b.length;
  const removed = (i: number): DiffLine => ({ op: 'removed', text: a[i]!, oldLine: oldOffset + i + 1 });
  const added = (j: number): DiffLine => ({ op: 'added', text: b[j]!, newLine: newOffset + j + 1 });
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > maxCells) {
    return [...a.map((_, i) => removed(i)), ...b.map((_, j) => added(j))];
  }
  // lengths[i * (m + 1) + j] = LCS length of a[i..] and b[j..]
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i] === b[j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ op: 'same', text: a[i]!, oldLine: oldOffset + i + 1, newLine: newOffset + j + 1 });
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) {
      out.push(removed(i++));
    } else {
      out.push(added(j++));
    }
  }
  while (i < n) out.push(removed(i++));
  while (j < m) out.push(added(j++));
  return out;
}

/** A row of a side-by-side view: an old line on the left, a new line on the right, either may be blank. */
export interface SideBySideRow {
  left?: { line: number; text: string; changed: boolean };
  right?: { line: number; text: string; changed: boolean };
}

/**
 * Lays a diff out in two columns: unchanged lines side by side, and each run of removed
 * lines paired row by row with the run of added lines that follows it.
 *
 * @example
 * sideBySide(diffLines('a\nb', 'a\nc'))[1]; // { left: { line: 2, text: 'b', changed: true }, right: { line: 2, text: 'c', changed: true } }
 */
export function sideBySide(diff: DiffLine[]): SideBySideRow[] {
  const rows: SideBySideRow[] = [];
  let k = 0;
  while (k < diff.length) {
    const line = diff[k]!;
    if (line.op === 'same') {
      rows.push({ left: { line: line.oldLine, text: line.text, changed: false }, right: { line: line.newLine, text: line.text, changed: false } });
      k++;
      continue;
    }
    const removed: Array<{ line: number; text: string }> = [];
    const added: Array<{ line: number; text: string }> = [];
    while (k < diff.length && diff[k]!.op !== 'same') {
      const d = diff[k]!;
      if (d.op === 'removed') removed.push({ line: d.oldLine, text: d.text });
      else if (d.op === 'added') added.push({ line: d.newLine, text: d.text });
      k++;
    }
    for (let r = 0; r < Math.max(removed.length, added.length); r++) {
      const left = removed[r];
      const right = added[r];
      rows.push({
        ...(left ? { left: { ...left, changed: true } } : {}),
        ...(right ? { right: { ...right, changed: true } } : {}),
      });
    }
  }
  return rows;
}
