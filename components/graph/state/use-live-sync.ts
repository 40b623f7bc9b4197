'use client';

import { useEffect } from 'react';
import { nodeId, type NodeRef, type Point } from '../flow-types';
import { describeChange, touchesFlow, type ChangeEntry } from './activity';
import type { FlowActions } from './flow-actions';
import type { FlowStore } from './flow-store';

const BATCH_MS = 100;

/**
 * Keeps the canvas in step with everyone else: listens to the workspace's change stream,
 * applies flow moves at once, then refetches the graph (batched ~100 ms) and shows who did what.
 * Nodes the local user holds keep their local position (see `FlowState.held`).
 */
export function useLiveSync(store: FlowStore, actions: FlowActions, liveUrl: string, me: string) {
  useEffect(() => {
    const source = new EventSource(liveUrl, { withCredentials: true });
    const pending: ChangeEntry[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;

    const flush = async () => {
      timer = undefined;
      const batch = pending.splice(0);
      const names = new Map(store.getState().nodes.map((n) => [n.id, n.data.item.name]));
      await actions.refresh().catch(() => undefined);
      for (const n of store.getState().nodes) names.set(n.id, n.data.item.name);
      const last = batch[batch.length - 1];
      if (!last) return;
      const who = last.actorName === me ? { ...last, actorName: 'You' } : last;
      const text = describeChange(who, (kind, refId) => names.get(`${kind}:${refId}`));
      store.getState().set({ activity: { text, at: Date.now() } });
    };

    source.addEventListener('change', (message) => {
      const entry = JSON.parse((message as MessageEvent<string>).data) as ChangeEntry;
      const state = store.getState();
      const shown = new Set(state.nodes.map((n) => n.id));
      if (!touchesFlow(entry, state.flowId, (id) => shown.has(id))) return;
      const moves = (entry.after as { moves?: Array<NodeRef & Point> } | null)?.moves;
      if (entry.entityType === 'flow' && Array.isArray(moves)) {
        const { dragging, saving } = state.held;
        const free = moves.filter((m) => !dragging.has(nodeId(m)) && !(saving.get(nodeId(m)) ?? 0));
        if (free.length > 0) state.setPositions(free.map((m) => ({ id: nodeId(m), x: m.x, y: m.y })));
      }
      pending.push(entry);
      timer ??= setTimeout(flush, BATCH_MS);
    });
    return () => {
      source.close();
      if (timer) clearTimeout(timer);
    };
    // The stream is opened once per mount; the browser resumes it with Last-Event-ID.
  }, [store, actions, liveUrl, me]);
}
