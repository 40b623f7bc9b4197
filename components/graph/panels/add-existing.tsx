'use client';

import { useEffect, useMemo, useState } from 'react';
import type { FlowItem, FlowNodeKind, Point } from '../flow-types';
import type { FlowApi } from '../io/flow-api';
import { useFlowStore } from '../state/flow-store';

type Candidate = FlowItem;

/**
 * The catalog items not on this flow yet; checked ones are placed in a grid around `at`.
 *
 * @example
 * gridAround({ x: 0, y: 0 }, 3); // three points, 240 px apart
 */
export function gridAround(at: Point, count: number): Point[] {
  const columns = Math.max(1, Math.ceil(Math.sqrt(count)));
  return Array.from({ length: count }, (_, i) => ({ x: Math.round(at.x + (i % columns) * 240), y: Math.round(at.y + Math.floor(i / columns) * 110) }));
}

/** Pulls existing catalog services, events and channels into the view. */
export function AddExisting({ api, onAdd, onClose }: { api: FlowApi; onAdd: (items: Candidate[]) => Promise<void>; onClose: () => void }) {
  const nodes = useFlowStore((s) => s.nodes);
  const [all, setAll] = useState<Candidate[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const [picked, setPicked] = useState<Set<string>>(new Set());

  useEffect(() => {
    const kinds: FlowNodeKind[] = ['service', 'event', 'channel'];
    Promise.all(kinds.map(async (kind) => (await api.listItems(kind)).map((item) => ({ kind, item }) as Candidate)))
      .then((lists) => setAll(lists.flat()))
      .catch((e: Error) => setError(e.message));
  }, [api]);

  const shown = useMemo(() => new Set(nodes.map((n) => n.id)), [nodes]);
  const candidates = (all ?? []).filter((c) => !shown.has(`${c.kind}:${c.item.id}`) && c.item.name.toLowerCase().includes(filter.trim().toLowerCase()));
  const toggle = (key: string) => setPicked((p) => (p.has(key) ? new Set([...p].filter((k) => k !== key)) : new Set([...p, key])));
  const chosen = (all ?? []).filter((c) => picked.has(`${c.kind}:${c.item.id}`));

  return (
    <div className="absolute inset-0 z-30 grid place-items-center bg-slate-900/20" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div role="dialog" aria-modal="true" aria-label="Add existing items" className="flex max-h-[80%] w-[28rem] max-w-[90%] flex-col rounded-lg bg-white p-4 shadow-xl">
        <h2 className="mb-2 font-semibold">Add existing items</h2>
        <input autoFocus value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Filter by name" aria-label="Filter by name" className="mb-2 rounded-md border border-slate-300 px-2 py-1.5 text-sm" />
        <div className="flex-1 overflow-y-auto rounded border border-slate-100">
          {error && <p role="alert" className="p-2 text-sm text-red-700">{error}</p>}
          {!all && !error && <p className="p-2 text-sm text-slate-500">Loading the catalog…</p>}
          {all && candidates.length === 0 && <p className="p-2 text-sm text-slate-500">Everything that matches is already on this flow.</p>}
          {candidates.map((c) => {
            const key = `${c.kind}:${c.item.id}`;
            return (
              <label key={key} className="flex items-center gap-2 px-2 py-1 text-sm hover:bg-slate-50">
                <input type="checkbox" checked={picked.has(key)} onChange={() => toggle(key)} />
                <span className="w-16 text-xs uppercase text-slate-500">{c.kind}</span>
                <span className="truncate">{c.item.name}</span>
              </label>
            );
          })}
        </div>
        <div className="mt-3 flex justify-end gap-2">
          <button type="button" onClick={onClose} className="rounded-md px-3 py-1.5 text-sm text-slate-600 hover:bg-slate-100">Cancel</button>
          <button type="button" disabled={chosen.length === 0} onClick={() => onAdd(chosen).then(onClose)} className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-50">
            Add {chosen.length || ''} to view
          </button>
        </div>
      </div>
    </div>
  );
}
