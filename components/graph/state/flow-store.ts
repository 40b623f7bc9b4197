'use client';

import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange } from '@xyflow/react';
import { createContext, createElement, useContext, useState, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { FlowCanvasEdge, FlowCanvasNode, FlowGraph, FlowNodeKind, Point } from '../flow-types';
import { record, type History, type HistoryEntry } from './history';
import { mergeEdges, mergeNodes, toCanvasEdge, toCanvasNode } from './to-react-flow';

export type Notice = { tone: 'error' | 'info'; text: string };
export type PendingDelete = { type: 'nodes'; ids: string[] } | { type: 'edge'; id: string };
export type NamePrompt = { kind: FlowNodeKind; at: Point; screen: Point };

export interface FlowState {
  workspace: string;
  slug: string;
  flowId: string;
  canEdit: boolean;
  nodes: FlowCanvasNode[];
  edges: FlowCanvasEdge[];
  history: History;
  notice: Notice | null;
  activity: { text: string; at: number } | null;
  panelNodeId: string | null;
  pendingDelete: PendingDelete | null;
  prompt: NamePrompt | null;
  /** Nodes whose local position wins over the server's: being dragged, or a save in flight. Mutated in place (not rendered). */
  held: { dragging: Set<string>; saving: Map<string, number> };
  onNodesChange: (changes: NodeChange<FlowCanvasNode>[]) => void;
  onEdgesChange: (changes: EdgeChange<FlowCanvasEdge>[]) => void;
  applyGraph: (graph: FlowGraph) => void;
  setPositions: (moves: Array<{ id: string } & Point>) => void;
  recordEdit: (entry: HistoryEntry) => void;
  setHistory: (history: History) => void;
  set: (patch: Partial<Pick<FlowState, 'notice' | 'activity' | 'panelNodeId' | 'pendingDelete' | 'prompt' | 'nodes' | 'edges'>>) => void;
}

export type FlowStore = StoreApi<FlowState>;

/**
 * One store per mounted canvas (two canvases never share undo history or selection).
 *
 * @example
 * const store = createFlowStore({ workspace: 'demo', graph, canEdit: true });
 * store.getState().nodes.length;
 */
export function createFlowStore(init: { workspace: string; graph: FlowGraph; canEdit: boolean }): FlowStore {
  return createStore<FlowState>()((set, get) => ({
    workspace: init.workspace,
    slug: init.graph.flow.slug,
    flowId: init.graph.flow.id,
    canEdit: init.canEdit,
    nodes: init.graph.nodes.map(toCanvasNode),
    edges: init.graph.edges.map(toCanvasEdge),
    history: { past: [], future: [] },
    notice: null,
    activity: null,
    panelNodeId: null,
    pendingDelete: null,
    prompt: null,
    held: { dragging: new Set(), saving: new Map() },
    onNodesChange: (changes) => set({ nodes: applyNodeChanges(changes.filter((c) => c.type !== 'remove'), get().nodes) }),
    onEdgesChange: (changes) => set({ edges: applyEdgeChanges(changes.filter((c) => c.type !== 'remove'), get().edges) }),
    applyGraph: (graph) => {
      const { held, nodes, edges, panelNodeId } = get();
      const holdLocal = (id: string) => held.dragging.has(id) || (held.saving.get(id) ?? 0) > 0;
      const merged = mergeNodes(nodes, graph.nodes, holdLocal);
      const stillShown = panelNodeId !== null && merged.some((n) => n.id === panelNodeId);
      set({ nodes: merged, edges: mergeEdges(edges, graph.edges), panelNodeId: stillShown ? panelNodeId : null });
    },
    setPositions: (moves) => {
      const at = new Map(moves.map((m) => [m.id, { x: m.x, y: m.y }]));
      set({ nodes: get().nodes.map((n) => (at.has(n.id) ? { ...n, position: at.get(n.id)! } : n)) });
    },
    recordEdit: (entry) => set({ history: record(get().history, entry) }),
    setHistory: (history) => set({ history }),
    set: (patch) => set(patch),
  }));
}

const FlowStoreContext = createContext<FlowStore | null>(null);

/** Creates the canvas's store once per mount and provides it below. */
export function FlowStoreProvider({ workspace, graph, canEdit, children }: { workspace: string; graph: FlowGraph; canEdit: boolean; children: ReactNode }) {
  const [store] = useState(() => createFlowStore({ workspace, graph, canEdit }));
  return createElement(FlowStoreContext.Provider, { value: store }, children);
}

/** The store itself, for event handlers that read fresh state without subscribing. */
export function useFlowStoreApi(): FlowStore {
  const store = useContext(FlowStoreContext);
  if (!store) throw new Error('useFlowStore must be used under <FlowStoreProvider>');
  return store;
}

/** Subscribes a component to one slice of the canvas state. */
export function useFlowStore<T>(selector: (state: FlowState) => T): T {
  return useStore(useFlowStoreApi(), selector);
}
