'use client';

import type { FlowActions } from '../state/flow-actions';
import { useFlowStore, useFlowStoreApi } from '../state/flow-store';

/** Removing nodes asks where: this view only, or the catalog (everywhere). Edges are relations: deleting one deletes the relation. */
export function DeleteDialog({ actions }: { actions: FlowActions }) {
  const pending = useFlowStore((s) => s.pendingDelete);
  const store = useFlowStoreApi();
  if (!pending) return null;
  // Read, not subscribed: the dialog must not re-render on every drag tick.
  const { nodes, edges, set } = store.getState();
  const close = () => set({ pendingDelete: null });
  const nameOf = (id: string) => nodes.find((n) => n.id === id)?.data.item.name ?? id;
  let title: string;
  let body: React.ReactNode;
  if (pending.type === 'nodes') {
    title = pending.ids.length === 1 ? `Remove ${nameOf(pending.ids[0]!)}?` : `Remove ${pending.ids.length} items?`;
    body = (
      <>
        <p className="text-sm text-slate-600">Remove from this view keeps the items in the catalog (Undo puts them back). Delete from catalog deletes them everywhere, with their relations and versions: that cannot be undone.</p>
        <div className="mt-4 flex flex-wrap justify-end gap-2">
          <button type="button" onClick={close} className="rounded-md px-3 py-1.5 text-sm text-slate-600 hover:bg-slate-100">Cancel</button>
          <button type="button" autoFocus onClick={() => (close(), actions.removeNodes(pending.ids, 'view'))} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-50">
            Remove from this view
          </button>
          <button type="button" onClick={() => (close(), actions.removeNodes(pending.ids, 'catalog'))} className="rounded-md bg-red-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-700">
            Delete from catalog
          </button>
        </div>
      </>
    );
  } else {
    const edge = edges.find((e) => e.id === pending.id);
    title = edge ? `Delete the relation ${nameOf(edge.source)} ${String(edge.label)} ${nameOf(edge.target)}?` : 'Delete this relation?';
    body = (
      <>
        <p className="text-sm text-slate-600">An edge is a catalog relation: deleting it changes the catalog, not just this view.</p>
        <div className="mt-4 flex justify-end gap-2">
          <button type="button" onClick={close} className="rounded-md px-3 py-1.5 text-sm text-slate-600 hover:bg-slate-100">Cancel</button>
          <button type="button" autoFocus onClick={() => (close(), actions.deleteEdge(pending.id))} className="rounded-md bg-red-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-700">
            Delete relation
          </button>
        </div>
      </>
    );
  }
  return (
    <div className="absolute inset-0 z-30 grid place-items-center bg-slate-900/20" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <div role="dialog" aria-modal="true" aria-label={title} className="w-[28rem] max-w-[90%] rounded-lg bg-white p-4 shadow-xl">
        <h2 className="mb-2 font-semibold">{title}</h2>
        {body}
      </div>
    </div>
  );
}
