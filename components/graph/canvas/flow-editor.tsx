'use client';

import { Background, Controls, MiniMap, Panel, ReactFlow, getViewportForBounds, useReactFlow, useStore, type Connection, type Edge, type FinalConnectionState, type OnNodeDrag, type Viewport } from '@xyflow/react';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type DragEvent, type MouseEvent as ReactMouseEvent } from 'react';
import { connectionRule } from '@/lib/domain/graph/connection-rules';
import type { FlowNodeKind } from '@/lib/domain/model';
import { refOf, type FlowCanvasEdge, type FlowCanvasNode, type FlowItem } from '../flow-types';
import { layoutLeftToRight } from '../io/auto-layout';
import { exportFlowImage } from '../io/export-image';
import { flowApi } from '../io/flow-api';
import { EDGE_TYPES } from '../edges/labelled-edge';
import { RelationLayer } from '../edges/relation-layer';
import { nearestRelation, relationCurves } from '../edges/relation-geometry';
import { NodeDetailContext, nodeDetailAt } from '../nodes/node-detail';
import { NODE_TYPES } from '../nodes/node-types';
import { openingBounds } from './opening-view';
import { ActivityLine } from '../panels/activity-line';
import { AddExisting, gridAround } from '../panels/add-existing';
import { DeleteDialog } from '../panels/delete-dialog';
import { ItemPanel } from '../panels/item-panel';
import { NamePrompt } from '../panels/name-prompt';
import { NoticeBar } from '../panels/notice-bar';
import { Palette, PALETTE_MIME } from '../panels/palette';
import { Toolbar } from '../panels/toolbar';
import { flowActions } from '../state/flow-actions';
import { useFlowStore, useFlowStoreApi } from '../state/flow-store';
import { useLiveSync } from '../state/use-live-sync';
import { ConnectionHint } from './connection-hint';
import { useCanvasKeys } from './use-canvas-keys';

/** Above this many nodes, React Flow renders only what is in view, and a flow opens at a readable zoom instead of fitting everything. */
const VISIBLE_ONLY_FROM = 150;
const OPENING_MIN_ZOOM = 0.6;
const MINIMAP_COLORS: Record<string, string> = { service: '#2f6fed', event: '#f59e0b', channel: '#94a3b8' };
const minimapColor = (n: FlowCanvasNode) => MINIMAP_COLORS[n.type ?? ''] ?? '#cbd5e1';
const FIT_OPTIONS = { padding: 0.15, maxZoom: 1.2 };
// Large flows give React Flow no edges: RelationLayer draws them. How near (screen px) a click must be to pick one.
const NO_EDGES: FlowCanvasEdge[] = [];
const RELATION_HIT_PX = 8;

/** Both ends' kinds decide; handle direction is React Flow's job (source → target). */
function validConnection(c: Connection | Edge): boolean {
  return c.source !== c.target && connectionRule(refOf(c.source).kind, refOf(c.target).kind).allowed;
}

/** The design-session canvas: draw, connect, arrange and edit a flow with others, live. */
export function FlowEditor({ me, changeCursor }: { me: string; changeCursor: string }) {
  const store = useFlowStoreApi();
  const rf = useReactFlow<FlowCanvasNode, FlowCanvasEdge>();
  const wrapper = useRef<HTMLDivElement>(null);
  const [addingExisting, setAddingExisting] = useState(false);
  // While exporting, every node must be in the DOM (not just those in view).
  const [exporting, setExporting] = useState(false);
  const nodes = useFlowStore((s) => s.nodes);
  const edges = useFlowStore((s) => s.edges);
  const onNodesChange = useFlowStore((s) => s.onNodesChange);
  const onEdgesChange = useFlowStore((s) => s.onEdgesChange);
  const canEdit = useFlowStore((s) => s.canEdit);
  const prompt = useFlowStore((s) => s.prompt);
  const { workspace, slug } = store.getState();
  const [large] = useState(() => store.getState().nodes.length > VISIBLE_ONLY_FROM);
  // Re-renders only when the zoom crosses the threshold (a boolean selector), not on every pan or zoom step.
  const detail = useStore((s) => nodeDetailAt({ zoom: s.transform[2], large, exporting }));
  // A class, not state: a pan must not re-render the editor. While moving, nothing is hit-tested (see globals.css).
  const onMoveStart = useCallback(() => wrapper.current?.classList.add('flow-moving'), []);
  const onMoveEnd = useCallback(() => wrapper.current?.classList.remove('flow-moving'), []);
  const api = useMemo(() => flowApi(workspace, slug), [workspace, slug]);
  const actions = useMemo(() => flowActions(store, api), [store, api]);
  useLiveSync(store, actions, useMemo(() => api.liveUrl(changeCursor), [api, changeCursor]), me);
  useCanvasKeys(store, actions);

  const set = store.getState().set;
  const onNodeDragStart: OnNodeDrag<FlowCanvasNode> = useCallback((_e, _n, dragged) => actions.dragStart(dragged), [actions]);
  const onNodeDragStop: OnNodeDrag<FlowCanvasNode> = useCallback((_e, _n, dragged) => void actions.dragStop(dragged), [actions]);
  const onConnect = useCallback((c: Connection) => void actions.connect(c.source, c.target), [actions]);
  const onConnectEnd = useCallback(
    (_e: MouseEvent | TouchEvent, c: FinalConnectionState) => {
      if (c.isValid !== false || !c.toNode || !c.fromHandle) return;
      const from = refOf(c.fromNode.id).kind;
      const to = refOf(c.toNode.id).kind;
      const verdict = c.fromHandle.type === 'source' ? connectionRule(from, to) : connectionRule(to, from);
      set({ notice: { tone: 'error', text: verdict.allowed ? 'Connect an outgoing handle (right) to an incoming one (left).' : verdict.reason } });
    },
    [set],
  );
  // A large flow opens centred at a readable zoom (Fit shows it all): fitting 1,000 nodes would draw every one of them.
  // Chosen from the pane's size before React Flow mounts, so it never draws the default top-left view first.
  const [opening, setOpening] = useState<Viewport | null>(null);
  useLayoutEffect(() => {
    const box = wrapper.current?.getBoundingClientRect();
    if (!large || !box) return;
    setOpening(getViewportForBounds(openingBounds(store.getState().nodes), box.width, box.height, OPENING_MIN_ZOOM, FIT_OPTIONS.maxZoom, 0.1));
  }, [large, store]);
  const onNodeClick = useCallback((_e: unknown, node: FlowCanvasNode) => set({ panelNodeId: node.id }), [set]);
  // On a large flow a click or double-click on the pane may be on a relation of the layer: found in script, on demand.
  const relationAt = useCallback(
    (event: { clientX: number; clientY: number }) => {
      const { nodes: all, edges: relations } = store.getState();
      return nearestRelation(relationCurves(all, relations), rf.screenToFlowPosition({ x: event.clientX, y: event.clientY }), RELATION_HIT_PX / rf.getZoom());
    },
    [store, rf],
  );
  const onPaneClick = useCallback(
    (event: ReactMouseEvent) => {
      set({ panelNodeId: null, prompt: null });
      if (!large) return;
      const picked = relationAt(event)?.id;
      const relations = store.getState().edges;
      if (picked || relations.some((e) => e.selected)) set({ edges: relations.map((e) => (Boolean(e.selected) === (e.id === picked) ? e : { ...e, selected: e.id === picked })) });
    },
    [set, large, relationAt, store],
  );
  const onRelationDoubleClick = (event: ReactMouseEvent) => {
    if (!large || !canEdit || (event.target as Element).closest('.react-flow__node, .react-flow__panel, .react-flow__controls, .react-flow__minimap')) return;
    const picked = relationAt(event);
    if (!picked) return;
    // Capture phase: the pane's double-click zoom never sees it.
    event.stopPropagation();
    event.preventDefault();
    set({ pendingDelete: { type: 'edge', id: picked.id } });
  };
  const onEdgeDoubleClick = useCallback((_e: unknown, edge: FlowCanvasEdge) => canEdit && set({ pendingDelete: { type: 'edge', id: edge.id } }), [set, canEdit]);

  const promptAt = (kind: FlowNodeKind, client: { x: number; y: number }) => {
    const box = wrapper.current?.getBoundingClientRect();
    const at = rf.screenToFlowPosition(client);
    set({ prompt: { kind, at: { x: Math.round(at.x), y: Math.round(at.y) }, screen: { x: client.x - (box?.left ?? 0), y: client.y - (box?.top ?? 0) } } });
  };
  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
  };
  const onDrop = (event: DragEvent) => {
    const kind = event.dataTransfer.getData(PALETTE_MIME) as FlowNodeKind;
    if (!kind) return;
    event.preventDefault();
    promptAt(kind, { x: event.clientX, y: event.clientY });
  };
  const center = () => {
    const box = wrapper.current?.getBoundingClientRect();
    return { x: (box?.left ?? 0) + (box?.width ?? 800) / 2, y: (box?.top ?? 0) + (box?.height ?? 600) / 2 };
  };

  const autoLayout = async () => {
    const current = store.getState().nodes;
    const at = await layoutLeftToRight(
      current.map((n) => ({ id: n.id, width: n.measured?.width ?? 192, height: n.measured?.height ?? 72 })),
      store.getState().edges,
    );
    const moves = current.flatMap((n) => {
      const to = at.get(n.id);
      return to ? [{ id: n.id, from: n.position, to }] : [];
    });
    await actions.moveMany(moves, 'auto-layout');
    requestAnimationFrame(() => void rf.fitView(FIT_OPTIONS));
  };
  const exportImage = async (format: 'png' | 'svg') => {
    setExporting(true);
    try {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await exportFlowImage(format, rf.getNodesBounds(rf.getNodes()), slug, wrapper.current ?? document);
    } catch (e) {
      set({ notice: { tone: 'error', text: `Export failed: ${(e as Error).message}` } });
    } finally {
      setExporting(false);
    }
  };
  const addExisting = (items: FlowItem[]) => actions.placeExisting(items, gridAround(rf.screenToFlowPosition(center()), items.length));

  return (
    <div className="flex h-full flex-col gap-2">
      <Toolbar onUndo={actions.undo} onRedo={actions.redo} onLayout={() => void autoLayout()} onFit={() => void rf.fitView(FIT_OPTIONS)} onAddExisting={() => setAddingExisting(true)} onExport={(f) => void exportImage(f)} />
      <div ref={wrapper} className={`relative flex-1 overflow-hidden rounded-lg border border-slate-200 bg-white ${large ? 'flow-large' : ''}`} onDragOver={onDragOver} onDrop={onDrop} onDoubleClickCapture={onRelationDoubleClick} data-testid="flow-canvas">
        {(!large || opening) && (
          <NodeDetailContext value={detail}>
            <ReactFlow<FlowCanvasNode, FlowCanvasEdge>
              nodes={nodes}
              edges={large ? NO_EDGES : edges}
              nodeTypes={NODE_TYPES}
              edgeTypes={EDGE_TYPES}
              onNodesChange={onNodesChange}
              onEdgesChange={onEdgesChange}
              onNodeDragStart={onNodeDragStart}
              onNodeDragStop={onNodeDragStop}
              onConnect={onConnect}
              onConnectEnd={onConnectEnd}
              isValidConnection={validConnection}
              onNodeClick={onNodeClick}
              onPaneClick={onPaneClick}
              onEdgeDoubleClick={onEdgeDoubleClick}
              nodesDraggable={canEdit}
              nodesConnectable={canEdit}
              deleteKeyCode={null}
              onlyRenderVisibleElements={!exporting && nodes.length > VISIBLE_ONLY_FROM}
              onMoveStart={onMoveStart}
              onMoveEnd={onMoveEnd}
              fitView={!large}
              fitViewOptions={FIT_OPTIONS}
              defaultViewport={opening ?? undefined}
              minZoom={0.05}
              proOptions={{ hideAttribution: false }}
            >
              <Background gap={20} />
              {large && <RelationLayer whole={exporting} />}
              <Controls showInteractive={false} />
              <MiniMap<FlowCanvasNode> pannable zoomable nodeColor={minimapColor} />
              {canEdit && (
                <Panel position="top-left">
                  <Palette onPick={(kind) => promptAt(kind, center())} />
                </Panel>
            )}
            <Panel position="top-center" className="flex flex-col items-center gap-2">
              <NoticeBar />
              <ConnectionHint />
            </Panel>
          </ReactFlow>
          </NodeDetailContext>
        )}
        {prompt && <NamePrompt key={`${prompt.kind}:${prompt.at.x}:${prompt.at.y}`} prompt={prompt} onCreate={(name) => actions.createAndPlace(prompt.kind, name, prompt.at)} onCancel={() => set({ prompt: null })} />}
        <ItemPanel actions={actions} />
        <DeleteDialog actions={actions} />
        {addingExisting && <AddExisting api={api} onAdd={addExisting} onClose={() => setAddingExisting(false)} />}
      </div>
      <ActivityLine />
    </div>
  );
}
