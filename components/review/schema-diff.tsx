import Link from 'next/link';
import type { ReportedChange } from '@/lib/domain/compatibility/types';
import { foldUnchanged } from '@/lib/domain/review/fold-unchanged';
import { diffLines, sideBySide, type SideBySideRow } from '@/lib/domain/review/line-diff';
import { linesOfPointer, printJson } from '@/lib/domain/review/pointer-lines';
import { changeAnchor } from './review-summary';

interface Side {
  label: string;
  text: string;
}

/** A schema text printed with 2-space JSON, and which line each change number points at. */
function printSide(text: string, changes: ReportedChange[]): { lines: string[]; marks: Map<number, number[]> } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { lines: text.split('\n'), marks: new Map() };
  }
  const printed = printJson(value);
  const marks = new Map<number, number[]>();
  changes.forEach((change, i) => {
    // The root would mark the first line for every document-level change: not informative.
    if (change.path === '' || change.path === '/') return;
    const span = linesOfPointer(printed, change.path, value);
    if (span) marks.set(span.first, [...(marks.get(span.first) ?? []), i + 1]);
  });
  return { lines: printed.lines, marks };
}

/**
 * Two schemas side by side, pretty-printed: removed lines red on the left, added lines
 * green on the right, and the lines the report's changes point at tagged with the change's
 * number (linking to it in the review below). Long unchanged runs are folded unless `full`;
 * `toggleHref` is the same page with the other setting.
 */
export function SchemaDiff({ from, to, changes, scope, full = false, toggleHref }: { from: Side; to: Side; changes: ReportedChange[]; scope: string; full?: boolean; toggleHref?: string }) {
  const left = printSide(from.text, changes);
  const right = printSide(to.text, changes);
  const rows = sideBySide(diffLines(left.lines.join('\n'), right.lines.join('\n')));
  const removed = rows.filter((r) => r.left?.changed).length;
  const added = rows.filter((r) => r.right?.changed).length;
  const pinned = (row: SideBySideRow) => Boolean((row.left && left.marks.has(row.left.line)) || (row.right && right.marks.has(row.right.line)));
  const shown = full ? rows.map((row) => ({ row })) : foldUnchanged(rows, pinned, 3);
  const folded = shown.some((f) => 'hidden' in f);
  return (
    <div data-testid="schema-diff">
      <p className="mb-2 text-xs text-slate-600">
        <span className="text-red-700">{removed} line{removed === 1 ? '' : 's'} removed</span>,{' '}
        <span className="text-emerald-700">{added} added</span>
        {changes.length > 0 && <> · <span className="rounded bg-amber-100 px-1 font-mono text-amber-900">#n</span> marks where change n is</>}
        {toggleHref && (full || folded) && (
          <>
            {' · '}
            <Link href={toggleHref} className="font-medium text-brand-600 hover:underline">
              {full ? 'Fold unchanged lines' : 'Show all lines'}
            </Link>
          </>
        )}
      </p>
      <div className="max-h-[40rem] overflow-auto rounded-md border border-slate-200">
        <table className="w-full table-fixed border-collapse font-mono text-xs leading-5">
          <colgroup>
            <col className="w-10" />
            <col />
            <col className="w-10" />
            <col />
          </colgroup>
          <thead className="sticky top-0 z-10 bg-slate-100 text-left font-sans text-slate-700">
            <tr>
              <th colSpan={2} className="px-2 py-1 font-medium" scope="colgroup">{from.label}</th>
              <th colSpan={2} className="border-l border-slate-200 px-2 py-1 font-medium" scope="colgroup">{to.label}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((f, i) =>
              'hidden' in f ? (
                <tr key={i} data-testid="folded-lines">
                  <td colSpan={4} className="border-y border-slate-200 bg-slate-50 px-2 py-0.5 text-center font-sans text-slate-500">
                    ⋯ {f.hidden} unchanged line{f.hidden === 1 ? '' : 's'}
                  </td>
                </tr>
              ) : (
                <DiffRow key={i} row={f.row} leftMarks={left.marks} rightMarks={right.marks} scope={scope} />
              ),
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function DiffRow({ row, leftMarks, rightMarks, scope }: { row: SideBySideRow; leftMarks: Map<number, number[]>; rightMarks: Map<number, number[]>; scope: string }) {
  return (
    <tr>
      <Cell cell={row.left} side="old" marks={row.left ? leftMarks.get(row.left.line) : undefined} scope={scope} />
      <Cell cell={row.right} side="new" marks={row.right ? rightMarks.get(row.right.line) : undefined} scope={scope} />
    </tr>
  );
}

function Cell({ cell, side, marks, scope }: { cell: SideBySideRow['left']; side: 'old' | 'new'; marks: number[] | undefined; scope: string }) {
  const border = side === 'new' ? 'border-l border-slate-200' : '';
  if (!cell) {
    return (
      <>
        <td className={`bg-slate-50 ${border}`} />
        <td className="bg-slate-50" />
      </>
    );
  }
  const tone = cell.changed ? (side === 'old' ? 'bg-red-50 text-red-900' : 'bg-emerald-50 text-emerald-900') : 'text-slate-800';
  const marked = marks && marks.length > 0;
  return (
    <>
      <td className={`select-none px-1.5 text-right align-top text-slate-400 ${border} ${cell.changed ? (side === 'old' ? 'bg-red-100' : 'bg-emerald-100') : ''}`}>{cell.line}</td>
      <td
        className={`whitespace-pre-wrap break-all px-2 align-top ${tone} ${marked ? 'outline outline-1 -outline-offset-1 outline-amber-400' : ''}`}
        data-line-change={cell.changed ? (side === 'old' ? 'removed' : 'added') : undefined}
        data-marks={marked ? marks.join(' ') : undefined}
      >
        {cell.changed && <span className="sr-only">{side === 'old' ? 'Removed: ' : 'Added: '}</span>}
        {cell.text}
        {marked &&
          marks.map((n) => (
            <a key={n} href={`#${changeAnchor(scope, n)}`} className="ml-2 rounded bg-amber-100 px-1 font-sans text-[10px] text-amber-900 no-underline hover:bg-amber-200">
              #{n}
            </a>
          ))}
      </td>
    </>
  );
}
