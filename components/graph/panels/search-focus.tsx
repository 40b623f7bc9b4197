'use client';

import { useReactFlow } from '@xyflow/react';
import { useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { FlowCanvasNode } from '../flow-types';
import { useFlowStore, useFlowStoreApi } from '../state/flow-store';

/**
 * The best match for a typed name: exact (case-insensitive) first, then prefix, then substring.
 *
 * @example
 * findByName(nodes, 'order')?.data.item.name; // 'Order Service' (or 'OrderPlaced')
 */
export function findByName(nodes: FlowCanvasNode[], query: string): FlowCanvasNode | undefined {
  const q = query.trim().toLowerCase();
  if (!q) return undefined;
  const name = (n: FlowCanvasNode) => n.data.item.name.toLowerCase();
  return nodes.find((n) => name(n) === q) ?? nodes.find((n) => name(n).startsWith(q)) ?? nodes.find((n) => name(n).includes(q));
}

/** Type a name, press Enter: the canvas centres on that node and selects it. */
export function SearchFocus() {
  const [query, setQuery] = useState('');
  // Names only (shallow-compared): dragging a node must not re-render this list.
  const names = useFlowStore(useShallow((s) => s.nodes.slice(0, 500).map((n) => n.data.item.name)));
  const store = useFlowStoreApi();
  const rf = useReactFlow();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { nodes, set } = store.getState();
    const hit = findByName(nodes, query);
    if (!hit) return set({ notice: { tone: 'error', text: `Nothing named "${query}" on this flow.` } });
    const width = hit.measured?.width ?? 190;
    const height = hit.measured?.height ?? 70;
    void rf.setCenter(hit.position.x + width / 2, hit.position.y + height / 2, { zoom: Math.max(rf.getZoom(), 1.1), duration: 300 });
    set({ nodes: nodes.map((n) => (n.selected === (n.id === hit.id) ? n : { ...n, selected: n.id === hit.id })) });
  };
  return (
    <form onSubmit={submit} role="search" className="flex">
      <input
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        list="flow-node-names"
        placeholder="Find on canvas…"
        aria-label="Find on canvas"
        className="w-44 rounded-l-md border border-slate-300 px-2 py-1 text-sm"
      />
      <datalist id="flow-node-names">
        {names.map((name, i) => (
          <option key={i} value={name} />
        ))}
      </datalist>
      <button type="submit" className="rounded-r-md border border-l-0 border-slate-300 px-2 text-sm hover:bg-slate-50">
        Go
      </button>
    </form>
  );
}
