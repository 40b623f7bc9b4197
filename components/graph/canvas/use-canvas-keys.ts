'use client';

import { useEffect } from 'react';
import type { FlowActions } from '../state/flow-actions';
import type { FlowStore } from '../state/flow-store';

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)));
}

/** Ctrl/Cmd+Z undo, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redo, Delete/Backspace asks how to remove the selection. */
export function useCanvasKeys(store: FlowStore, actions: FlowActions) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typing(event.target)) return;
      const state = store.getState();
      if (!state.canEdit || state.pendingDelete || state.prompt) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && key === 'z') {
        event.preventDefault();
        void (event.shiftKey ? actions.redo() : actions.undo());
      } else if (mod && key === 'y') {
        event.preventDefault();
        void actions.redo();
      } else if (key === 'delete' || key === 'backspace') {
        const nodes = state.nodes.filter((n) => n.selected).map((n) => n.id);
        const edge = state.edges.find((e) => e.selected);
        if (nodes.length > 0) state.set({ pendingDelete: { type: 'nodes', ids: nodes } });
        else if (edge) state.set({ pendingDelete: { type: 'edge', id: edge.id } });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, actions]);
}
