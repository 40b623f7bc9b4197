'use client';

import type { DragEvent } from 'react';
import type { FlowNodeKind } from '@/lib/domain/model';

export const PALETTE_MIME = 'application/x-eventflow-kind';

const ITEMS: Array<{ kind: FlowNodeKind; label: string; hint: string; tone: string }> = [
  { kind: 'service', label: 'Service', hint: 'produces and consumes events', tone: 'border-brand-500' },
  { kind: 'event', label: 'Event', hint: 'a fact or command', tone: 'border-amber-500' },
  { kind: 'channel', label: 'Channel', hint: 'a topic or queue', tone: 'border-slate-400' },
];

/** New items to drag onto the canvas (or click, to place at the centre). */
export function Palette({ onPick }: { onPick: (kind: FlowNodeKind) => void }) {
  const start = (kind: FlowNodeKind) => (event: DragEvent) => {
    event.dataTransfer.setData(PALETTE_MIME, kind);
    event.dataTransfer.effectAllowed = 'move';
  };
  return (
    <div className="w-40 space-y-2 rounded-lg border border-slate-200 bg-white/95 p-2 shadow-sm" aria-label="Palette">
      <p className="px-1 text-xs font-semibold uppercase tracking-wide text-slate-500">New</p>
      {ITEMS.map((it) => (
        <button
          key={it.kind}
          type="button"
          draggable
          onDragStart={start(it.kind)}
          onClick={() => onPick(it.kind)}
          data-testid={`palette-${it.kind}`}
          className={`block w-full cursor-grab rounded-md border-l-4 bg-slate-50 px-2 py-1.5 text-left hover:bg-slate-100 ${it.tone}`}
          title={`Drag onto the canvas to create a ${it.label.toLowerCase()}`}
        >
          <span className="block text-sm font-medium">{it.label}</span>
          <span className="block text-[11px] text-slate-500">{it.hint}</span>
        </button>
      ))}
    </div>
  );
}
