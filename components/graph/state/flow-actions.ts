import { connectionRule } from '@/lib/domain/graph/connection-rules';
import type { FlowCanvasNode, FlowEdge, FlowEdgeData, FlowItem, FlowNodeKind, NodeRef, Point } from '../flow-types';
import { nodeId, refOf } from '../flow-types';
import { ApiError, type FlowApi } from '../io/flow-api';
import { NEW_ITEM } from '../nodes/new-item';
import type { FlowStore } from './flow-store';
import { describeEntry, forget, movesFor, moveEntry, type HistoryEntry } from './history';
import { toCanvasEdge, toCanvasNode } from './to-react-flow';

const LABELS: Record<FlowEdge['kind'], string> = { produces: 'produces', consumes: 'consumed by', 'on-channel': 'on channel' };

/**
 * The canvas's edits. Each is one server call, applied locally at once; the undoable ones
 * (moves, placements, connections, removals from the view, side-panel saves) record one
 * history entry per finished gesture.
 *
 * @example
 * const actions = flowActions(store, flowApi('demo', 'order-saga'));
 * await actions.connect('service:s1', 'event:e1');
 */
export function flowActions(store: FlowStore, api: FlowApi) {
  const state = () => store.getState();
  const starts = new Map<string, Point>();
  let queue: Promise<unknown> = Promise.resolve();
  let fetchSeq = 0;

  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const fail = (error: unknown) => state().set({ notice: { tone: 'error', text: error instanceof Error ? error.message : String(error) } });
  const nameOf = (id: string) => state().nodes.find((n) => n.id === id)?.data.item.name ?? refOf(id).kind;
  const labelOf = (ids: string[]) => (ids.length === 1 ? nameOf(ids[0]!) : `${ids.length} nodes`);

  async function refresh() {
    const seq = ++fetchSeq;
    const graph = await api.graph();
    if (seq === fetchSeq) state().applyGraph(graph);
  }

  /** Saves positions while holding them locally, so a refetch in between cannot snap them back. */
  async function saveMoves(moves: Array<NodeRef & Point>) {
    const saving = state().held.saving;
    const ids = moves.map(nodeId);
    for (const id of ids) saving.set(id, (saving.get(id) ?? 0) + 1);
    try {
      await api.move(moves);
    } finally {
      for (const id of ids) saving.set(id, (saving.get(id) ?? 1) - 1);
    }
  }

  function addEdgeLocally(source: NodeRef, target: NodeRef, kind: FlowEdge['kind'], relationId: string) {
    const edge = toCanvasEdge({ id: `${kind}:${relationId}`, kind, source: { kind: source.kind, id: source.refId }, target: { kind: target.kind, id: target.refId }, label: LABELS[kind], relationId });
    // An event travels on one channel: drawing a new one replaces the old.
    const keep = state().edges.filter((e) => e.id !== edge.id && !(kind === 'on-channel' && e.data?.kind === 'on-channel' && e.source === edge.source));
    state().set({ edges: [...keep, edge] });
  }

  function removeNodesLocally(ids: string[]) {
    const gone = new Set(ids);
    const { nodes, edges, panelNodeId } = state();
    state().set({
      nodes: nodes.filter((n) => !gone.has(n.id)),
      edges: edges.filter((e) => !gone.has(e.source) && !gone.has(e.target)),
      panelNodeId: panelNodeId && gone.has(panelNodeId) ? null : panelNodeId,
    });
  }

  /** Shows a saved catalog item on its node (keeping an event's latest schema version). */
  function showItem(id: string, item: FlowItem['item']) {
    const nodes = state().nodes.map((n) => {
      if (n.id !== id) return n;
      const latestVersion = n.data.kind === 'event' ? n.data.item.latestVersion : undefined;
      return { ...n, data: { ...n.data, item: n.data.kind === 'event' ? { ...item, latestVersion } : item } as typeof n.data };
    });
    state().set({ nodes });
  }

  /** Puts an edited item's fields back (undo) or again (redo), with the version last saved: someone else's save in between is a 409, not overwritten. */
  async function restoreFields(entry: Extract<HistoryEntry, { type: 'edit' }>, direction: 'undo' | 'redo'): Promise<HistoryEntry> {
    const values = direction === 'undo' ? entry.before : entry.after;
    try {
      const item = await api.updateItem(entry.item.kind, entry.item.refId, { ...values, expectedVersion: entry.version });
      showItem(nodeId(entry.item), item);
      return { ...entry, version: item.version };
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 409) throw error;
      const current = (error.details as { current?: { version?: number } } | undefined)?.current;
      const now = current?.version ? ` (now at version ${current.version})` : '';
      throw new Error(`Cannot ${direction} the edit of ${entry.label}: ${error.message}${now}. Its fields are shown as saved now.`);
    }
  }

  async function perform(entry: HistoryEntry, direction: 'undo' | 'redo'): Promise<HistoryEntry> {
    if (entry.type === 'move') {
      const moves = movesFor(entry, direction);
      state().setPositions(moves.map((m) => ({ id: nodeId(m), x: m.x, y: m.y })));
      await saveMoves(moves);
      return entry;
    }
    if (entry.type === 'place') {
      if (direction === 'undo') {
        await api.remove(entry.nodes.map(({ kind, refId }) => ({ kind, refId })), 'view');
        removeNodesLocally(entry.nodes.map(nodeId));
      } else {
        await api.place(entry.nodes);
        await refresh();
      }
      return entry;
    }
    if (entry.type === 'remove') {
      // The mirror image of a placement: undo puts the nodes back where they stood.
      if (direction === 'undo') {
        await api.place(entry.nodes);
        await refresh();
      } else {
        await api.remove(entry.nodes.map(({ kind, refId }) => ({ kind, refId })), 'view');
        removeNodesLocally(entry.nodes.map(nodeId));
      }
      return entry;
    }
    if (entry.type === 'edit') return restoreFields(entry, direction);
    if (direction === 'undo') {
      await api.disconnect(entry.edge);
      state().set({ edges: state().edges.filter((e) => e.id !== `${entry.edge.kind}:${entry.edge.relationId}`) });
      return entry;
    }
    const made = await api.connect(entry.source, entry.target);
    const relationId = made.kind === 'on-channel' ? entry.source.refId : made.relation.id;
    addEdgeLocally(entry.source, entry.target, made.kind, relationId);
    return { ...entry, edge: { kind: made.kind, relationId } };
  }

  function step(direction: 'undo' | 'redo') {
    return serial(async () => {
      const { past, future } = state().history;
      const from = direction === 'undo' ? past : future;
      const entry = from[from.length - 1];
      if (!entry) return;
      const rest = from.slice(0, -1);
      state().setHistory(direction === 'undo' ? { past: rest, future } : { past, future: rest });
      try {
        const done = await perform(entry, direction);
        const h = state().history;
        state().setHistory(direction === 'undo' ? { past: h.past, future: [...h.future, done] } : { past: [...h.past, done], future: h.future });
        state().set({ notice: { tone: 'info', text: `${direction === 'undo' ? 'Undid' : 'Redid'} ${describeEntry(entry)}` } });
      } catch (error) {
        fail(error);
        await refresh().catch(() => undefined);
      }
    });
  }

  return {
    refresh,
    undo: () => step('undo'),
    redo: () => step('redo'),

    dragStart(nodes: FlowCanvasNode[]) {
      for (const n of nodes) {
        state().held.dragging.add(n.id);
        starts.set(n.id, { ...n.position });
      }
    },

    /** One history entry and one PATCH per gesture, with every node the gesture moved. */
    dragStop(nodes: FlowCanvasNode[]) {
      const moves = nodes.map((n) => ({ ...refOf(n.id), from: starts.get(n.id) ?? n.position, to: { ...n.position } }));
      for (const n of nodes) {
        state().held.dragging.delete(n.id);
        starts.delete(n.id);
      }
      const entry = moveEntry(moves, labelOf(nodes.map((n) => n.id)));
      if (!entry || entry.type !== 'move') return Promise.resolve();
      state().recordEdit(entry);
      return serial(() => saveMoves(movesFor(entry, 'redo'))).catch(async (error) => {
        fail(error);
        await refresh().catch(() => undefined);
      });
    },

    /** Many nodes at once (auto-layout): one PATCH, one undo step. */
    moveMany(moves: Array<{ id: string; from: Point; to: Point }>, label: string) {
      const entry = moveEntry(moves.map((m) => ({ ...refOf(m.id), from: m.from, to: m.to })), label);
      if (!entry || entry.type !== 'move') return Promise.resolve();
      state().setPositions(moves.map((m) => ({ id: m.id, ...m.to })));
      state().recordEdit(entry);
      return serial(() => saveMoves(movesFor(entry, 'redo'))).catch(fail);
    },

    /** Palette drop: creates the catalog item and places it, in one call. */
    async createAndPlace(kind: FlowNodeKind, name: string, at: Point): Promise<boolean> {
      try {
        const created = await api.createAndPlace(kind, at, NEW_ITEM[kind](name));
        const data = (created.kind === 'event' ? { ...created, item: { ...created.item, latestVersion: created.item.latestVersion ?? null } } : created) as FlowItem;
        const node = toCanvasNode({ kind, refId: data.item.id, x: at.x, y: at.y, data });
        state().set({ nodes: [...state().nodes.filter((n) => n.id !== node.id), node], notice: null });
        state().recordEdit({ type: 'place', label: data.item.name, nodes: [{ kind, refId: data.item.id, ...at }] });
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },

    /** "Add existing": pulls catalog items into the view, one call, one undo step. */
    async placeExisting(items: FlowItem[], at: Point[]) {
      const nodes = items.map((it, i) => ({ kind: it.kind, refId: it.item.id, ...(at[i] ?? at[0] ?? { x: 0, y: 0 }) }));
      if (nodes.length === 0) return;
      try {
        await api.place(nodes);
        state().recordEdit({ type: 'place', label: items.length === 1 ? items[0]!.item.name : `${items.length} items`, nodes });
        await refresh();
      } catch (error) {
        fail(error);
      }
    },

    /** Draws a relation; a nonsense pair is refused before any call, with the reason. */
    async connect(sourceId: string, targetId: string) {
      const source = refOf(sourceId);
      const target = refOf(targetId);
      const verdict = connectionRule(source.kind, target.kind);
      if (!verdict.allowed) return fail(new Error(verdict.reason));
      try {
        const made = await api.connect(source, target);
        const relationId = made.kind === 'on-channel' ? source.refId : made.relation.id;
        addEdgeLocally(source, target, made.kind, relationId);
        state().recordEdit({ type: 'connect', label: `${nameOf(sourceId)} → ${nameOf(targetId)}`, source, target, edge: { kind: made.kind, relationId } });
        state().set({ notice: null });
      } catch (error) {
        fail(error);
      }
    },

    /** From the view: one undo step that puts them back where they stood. From the catalog: for good (see HistoryEntry). */
    async removeNodes(ids: string[], scope: 'view' | 'catalog') {
      const label = labelOf(ids);
      const at = new Map(state().nodes.map((n) => [n.id, n.position]));
      const nodes = ids.flatMap((id) => (at.has(id) ? [{ ...refOf(id), x: at.get(id)!.x, y: at.get(id)!.y }] : []));
      try {
        await api.remove(ids.map(refOf), scope);
        removeNodesLocally(ids);
        if (scope === 'view') state().recordEdit({ type: 'remove', label, nodes });
        else state().setHistory(forget(state().history, ids.map(refOf)));
        state().set({ notice: { tone: 'info', text: scope === 'view' ? `Removed ${label} from this view` : `Deleted ${label} from the catalog` } });
      } catch (error) {
        fail(error);
      }
    },

    showItem,
    updateItem: (...args: Parameters<FlowApi['updateItem']>) => api.updateItem(...args),

    /** A side-panel save: one undo step restoring the fields it changed. */
    recordItemEdit(id: string, before: Record<string, unknown>, after: Record<string, unknown>, item: FlowItem['item']) {
      if (Object.keys(after).length === 0) return;
      state().recordEdit({ type: 'edit', label: item.name, item: refOf(id), before, after, version: item.version });
    },

    async deleteEdge(id: string) {
      const edge = state().edges.find((e) => e.id === id);
      if (!edge?.data) return;
      try {
        await api.disconnect(edge.data as FlowEdgeData);
        state().set({ edges: state().edges.filter((e) => e.id !== id), notice: { tone: 'info', text: `Deleted the relation ${nameOf(edge.source)} ${edge.label} ${nameOf(edge.target)}` } });
      } catch (error) {
        fail(error);
      }
    },
  };
}

export type FlowActions = ReturnType<typeof flowActions>;
