import type { FlowEdgeData, NodeRef, Point } from '../flow-types';

/**
 * Undoable edits, recorded as diffs. Capture policy: one entry per finished gesture
 * (drag stop, auto-layout, palette drop, "add existing", drawn connection); never per
 * drag tick, never on load, never for changes that arrive from other people.
 */
export type HistoryEntry =
  | { type: 'move'; label: string; moves: Array<NodeRef & { from: Point; to: Point }> }
  | { type: 'place'; label: string; nodes: Array<NodeRef & Point> }
  | { type: 'connect'; label: string; source: NodeRef; target: NodeRef; edge: FlowEdgeData };

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

const LIMIT = 100;

/**
 * Records a new edit: it becomes the next undo, and the redo stack is dropped.
 *
 * @example
 * record({ past: [], future: [old] }, entry); // { past: [entry], future: [] }
 */
export function record(history: History, entry: HistoryEntry): History {
  return { past: [...history.past.slice(-(LIMIT - 1)), entry], future: [] };
}

/**
 * A move entry from where a gesture started and where it ended; null when nothing moved
 * (a click, or a drag that came back to its start).
 *
 * @example
 * moveEntry([{ kind: 'service', refId: 's', from: { x: 0, y: 0 }, to: { x: 0, y: 0 } }], 'Orders'); // null
 */
export function moveEntry(moves: Array<NodeRef & { from: Point; to: Point }>, label: string): HistoryEntry | null {
  const real = moves.filter((m) => m.from.x !== m.to.x || m.from.y !== m.to.y);
  return real.length === 0 ? null : { type: 'move', label, moves: real };
}

/**
 * The positions to save when undoing (`from`) or redoing (`to`) a move.
 *
 * @example
 * movesFor(entry, 'undo'); // [{ kind, refId, x: from.x, y: from.y }]
 */
export function movesFor(entry: Extract<HistoryEntry, { type: 'move' }>, direction: 'undo' | 'redo'): Array<NodeRef & Point> {
  return entry.moves.map((m) => ({ kind: m.kind, refId: m.refId, ...(direction === 'undo' ? m.from : m.to) }));
}

/**
 * A short description for the undo/redo buttons' titles.
 *
 * @example
 * describeEntry({ type: 'move', label: 'Orders', moves: [] }); // 'move Orders'
 */
export function describeEntry(entry: HistoryEntry): string {
  if (entry.type === 'move') return `move ${entry.label}`;
  if (entry.type === 'place') return `place ${entry.label}`;
  return `connect ${entry.label}`;
}
