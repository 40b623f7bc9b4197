import type { FlowEdgeData, NodeRef, Point } from '../flow-types';

/**
 * Undoable edits, recorded as diffs. Capture policy: one entry per finished gesture
 * (drag stop, auto-layout, palette drop, "add existing", drawn connection, removal from the
 * view, side-panel save); never per drag tick, never on load, never for changes that arrive
 * from other people. Deleting from the catalog is not undoable (it takes the item's versions
 * and relations with it): it records nothing and forgets the entries that name the item.
 */
export type HistoryEntry =
  | { type: 'move'; label: string; moves: Array<NodeRef & { from: Point; to: Point }> }
  | { type: 'place'; label: string; nodes: Array<NodeRef & Point> }
  | { type: 'remove'; label: string; nodes: Array<NodeRef & Point> }
  | { type: 'connect'; label: string; source: NodeRef; target: NodeRef; edge: FlowEdgeData }
  /** Field values (API form) before and after a save, and the item version the save produced. */
  | { type: 'edit'; label: string; item: NodeRef; before: Record<string, unknown>; after: Record<string, unknown>; version: number };

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
  if (entry.type === 'remove') return `remove ${entry.label} from the view`;
  if (entry.type === 'edit') return `edit ${entry.label}`;
  return `connect ${entry.label}`;
}

function refsOf(entry: HistoryEntry): NodeRef[] {
  if (entry.type === 'move') return entry.moves;
  if (entry.type === 'place' || entry.type === 'remove') return entry.nodes;
  if (entry.type === 'edit') return [entry.item];
  return [entry.source, entry.target];
}

/**
 * The history without the entries that name any of these catalog items (deleted for good:
 * undoing or redoing those entries could only fail).
 *
 * @example
 * forget(history, [{ kind: 'service', refId: 's1' }]);
 */
export function forget(history: History, gone: NodeRef[]): History {
  const ids = new Set(gone.map((r) => `${r.kind}:${r.refId}`));
  const keep = (entry: HistoryEntry) => !refsOf(entry).some((r) => ids.has(`${r.kind}:${r.refId}`));
  return { past: history.past.filter(keep), future: history.future.filter(keep) };
}
