'use client';

import { useState, type FormEvent } from 'react';
import type { NamePrompt as Prompt } from '../state/flow-store';

/** Asks for the new item's name where it was dropped; Create makes it in the catalog and places it. */
export function NamePrompt({ prompt, onCreate, onCancel }: { prompt: Prompt; onCreate: (name: string) => Promise<boolean>; onCancel: () => void }) {
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    setBusy(true);
    const ok = await onCreate(name.trim());
    setBusy(false);
    if (ok) onCancel();
  };
  return (
    <form
      role="dialog"
      aria-label={`New ${prompt.kind}`}
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      className="absolute z-20 w-64 rounded-lg border border-slate-200 bg-white p-3 shadow-lg"
      style={{ left: prompt.screen.x, top: prompt.screen.y }}
    >
      <label className="block text-sm font-medium text-slate-700">
        Name
        <input
          autoFocus
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={`New ${prompt.kind} name`}
          className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm focus:border-brand-500 focus:outline-none"
        />
      </label>
      <div className="mt-2 flex justify-end gap-2">
        <button type="button" onClick={onCancel} className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100">
          Cancel
        </button>
        <button type="submit" disabled={busy || !name.trim()} className="rounded-md bg-brand-600 px-3 py-1 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
          {busy ? 'Creating…' : 'Create'}
        </button>
      </div>
    </form>
  );
}
