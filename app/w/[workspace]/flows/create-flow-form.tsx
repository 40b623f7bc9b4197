'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';

/** Creates a flow through the API and opens its canvas. */
export function CreateFlowForm({ workspace }: { workspace: string }) {
  const router = useRouter();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const response = await fetch(`/api/v1/workspaces/${encodeURIComponent(workspace)}/flows`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, description }),
    });
    const body = (await response.json().catch(() => ({}))) as { slug?: string; error?: string; details?: { issues?: Array<{ message: string }> } };
    setBusy(false);
    if (!response.ok || !body.slug) {
      setError([body.error ?? 'Could not create the flow.', ...(body.details?.issues?.map((i) => i.message) ?? [])].join(' '));
      return;
    }
    router.push(`/w/${workspace}/flows/${body.slug}`);
  };
  return (
    <form onSubmit={submit} className="max-w-lg space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-label="New flow">
      <h2 className="font-semibold">New flow</h2>
      <label className="block text-sm">
        <span className="font-medium text-slate-700">Name</span>
        <input name="name" required value={name} onChange={(e) => setName(e.target.value)} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2" />
      </label>
      <label className="block text-sm">
        <span className="font-medium text-slate-700">Description</span>
        <textarea name="description" rows={2} value={description} onChange={(e) => setDescription(e.target.value)} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2" />
      </label>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy || !name.trim()} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
        {busy ? 'Creating…' : 'Create flow'}
      </button>
    </form>
  );
}
