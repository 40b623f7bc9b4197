'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import type { FlowItem } from '../flow-types';
import { ApiError } from '../io/flow-api';
import { CHANNEL_FIELDS } from '../nodes/channel/fields';
import { EVENT_FIELDS } from '../nodes/event/fields';
import type { FieldSpec } from '../nodes/field-spec';
import { SERVICE_FIELDS } from '../nodes/service/fields';
import type { FlowActions } from '../state/flow-actions';
import { useFlowStore, useFlowStoreApi } from '../state/flow-store';
import { differences, draftOf, patchOf, type Draft } from './item-draft';

const FIELDS: Record<FlowItem['kind'], FieldSpec[]> = { service: SERVICE_FIELDS, event: EVENT_FIELDS, channel: CHANNEL_FIELDS };
const PAGES: Record<FlowItem['kind'], string> = { service: 'services', event: 'events', channel: 'channels' };

type Problem = { text: string; conflict?: Array<{ label: string; current: string }> };

/** The clicked node's catalog item, editable in place; saves with the version it read (409 → shown, with what is saved now). A save is one undo step. */
export function ItemPanel({ actions }: { actions: FlowActions }) {
  const nodeId = useFlowStore((s) => s.panelNodeId);
  const node = useFlowStore((s) => s.nodes.find((n) => n.id === s.panelNodeId));
  const canEdit = useFlowStore((s) => s.canEdit);
  const workspace = useFlowStore((s) => s.workspace);
  const store = useFlowStoreApi();
  if (!node || !nodeId) return null;
  const close = () => store.getState().set({ panelNodeId: null });
  return (
    <aside aria-label="Item details" data-testid="item-panel" className="absolute right-2 top-2 bottom-2 z-10 flex w-80 flex-col overflow-hidden rounded-lg border border-slate-200 bg-white shadow-lg">
      <div className="flex items-center justify-between border-b border-slate-100 px-3 py-2">
        <span className="text-xs font-semibold uppercase tracking-wide text-slate-500">{node.data.kind}</span>
        <button type="button" onClick={close} className="rounded px-2 text-slate-500 hover:bg-slate-100" aria-label="Close details">
          ×
        </button>
      </div>
      <ItemForm key={nodeId} data={node.data} canEdit={canEdit} actions={actions} nodeId={nodeId} />
      <div className="flex items-center justify-between gap-2 border-t border-slate-100 px-3 py-2 text-sm">
        <Link href={`/w/${workspace}/${PAGES[node.data.kind]}/${encodeURIComponent(node.data.item.name)}`} className="text-brand-600 underline">
          Open {node.data.kind} page
        </Link>
        {canEdit && (
          <button type="button" onClick={() => store.getState().set({ pendingDelete: { type: 'nodes', ids: [nodeId] } })} className="rounded-md px-2 py-1 text-red-700 hover:bg-red-50">
            Remove…
          </button>
        )}
      </div>
    </aside>
  );
}

function ItemForm({ data, canEdit, actions, nodeId }: { data: FlowItem; canEdit: boolean; actions: FlowActions; nodeId: string }) {
  const fields = FIELDS[data.kind];
  const [base, setBase] = useState(() => ({ version: data.item.version, values: draftOf(data.item as unknown as Record<string, unknown>, fields) }));
  const [draft, setDraft] = useState<Draft>(base.values);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const dirty = Object.keys(patchOf(base.values, draft, fields)).length > 0;

  // Someone else saved (live update): follow along unless the user is mid-edit (adjusting state while rendering, not in an effect).
  if (data.item.version !== base.version && !dirty && !busy) {
    const values = draftOf(data.item as unknown as Record<string, unknown>, fields);
    setBase({ version: data.item.version, values });
    setDraft(values);
  }

  const showItem = (item: FlowItem['item']) => actions.showItem(nodeId, item);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    setSaved(false);
    try {
      const after = patchOf(base.values, draft, fields);
      const item = await actions.updateItem(data.kind, data.item.id, { ...after, expectedVersion: base.version });
      const values = draftOf(item as unknown as Record<string, unknown>, fields);
      showItem(item);
      actions.recordItemEdit(nodeId, patchOf(draft, base.values, fields), after, item);
      setBase({ version: item.version, values });
      setDraft(values);
      setSaved(true);
    } catch (error) {
      const current = error instanceof ApiError && error.status === 409 ? (error.details as { current?: FlowItem['item'] } | undefined)?.current : undefined;
      if (current) {
        // Keep what the user typed, but rebase on the saved version: saving again is a deliberate overwrite.
        const values = draftOf(current as unknown as Record<string, unknown>, fields);
        showItem(current);
        setBase({ version: current.version, values });
        setProblem({ text: (error as Error).message, conflict: differences(values, draft, fields) });
      } else {
        setProblem({ text: error instanceof Error ? error.message : String(error) });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={save} className="flex-1 space-y-3 overflow-y-auto px-3 py-3" aria-label={`Edit ${data.item.name}`}>
      {fields.map((f) => (
        <label key={f.key} className="block text-sm">
          <span className="font-medium text-slate-700">{f.label}</span>
          {f.type === 'textarea' ? (
            <textarea name={f.key} rows={4} disabled={!canEdit} value={draft[f.key] ?? ''} onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })} className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1 text-sm" />
          ) : f.type === 'select' ? (
            <select name={f.key} disabled={!canEdit} value={draft[f.key] ?? ''} onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })} className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1 text-sm">
              {f.options?.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          ) : (
            <input name={f.key} disabled={!canEdit} value={draft[f.key] ?? ''} placeholder={f.type === 'tags' ? 'comma, separated' : undefined} onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })} className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1 text-sm" />
          )}
        </label>
      ))}
      <p className="text-xs text-slate-400">Version {base.version}</p>
      {problem && (
        <div role="alert" className="rounded-md bg-red-50 p-2 text-sm text-red-800 ring-1 ring-red-200">
          <p>{problem.text}</p>
          {problem.conflict && problem.conflict.length > 0 && (
            <>
              <p className="mt-1 font-medium">Saved now (differs from your edit):</p>
              <ul className="list-disc pl-5">
                {problem.conflict.map((c) => (
                  <li key={c.label}>
                    {c.label}: <span className="font-mono">{c.current || '(empty)'}</span>
                  </li>
                ))}
              </ul>
              <p className="mt-1">Save again to overwrite with your values, or change them first.</p>
            </>
          )}
        </div>
      )}
      {saved && !dirty && <p role="status" className="text-sm text-emerald-700">Saved.</p>}
      {canEdit && (
        <button type="submit" disabled={busy || !dirty} className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50">
          {busy ? 'Saving…' : 'Save'}
        </button>
      )}
    </form>
  );
}
