'use client';

import { useState } from 'react';
import { CopyButton } from '@/components/admin/copy-button';
import { primaryButton, secondaryButton } from '@/components/catalog/page-header';

export interface ExportScope {
  /** A service's name or id: export only what it sends and receives. */
  service?: string;
  /** A flow's slug: export only the flow's part of the catalog. */
  flow?: string;
}

const control = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-1 focus:ring-brand-500';

/** The export API's URL for these choices; `download` asks the server for a file attachment. */
export function exportUrl(slug: string, scope: ExportScope, version: string, format: string, download: boolean): string {
  const query = new URLSearchParams({ version, format });
  if (scope.service) query.set('service', scope.service);
  else if (scope.flow) query.set('flow', scope.flow);
  if (download) query.set('download', '1');
  return `/api/v1/workspaces/${encodeURIComponent(slug)}/asyncapi?${query.toString()}`;
}

/**
 * Choose AsyncAPI version and format, then download the document or view it here
 * (fetched with the session cookie) with a Copy button.
 */
export function ExportPanel({ slug, scope = {}, idPrefix = 'export' }: { slug: string; scope?: ExportScope; idPrefix?: string }) {
  const [version, setVersion] = useState('3.0.0');
  const [format, setFormat] = useState('yaml');
  const [view, setView] = useState<{ state: 'idle' } | { state: 'loading' } | { state: 'shown'; text: string; key: string } | { state: 'failed'; message: string }>({ state: 'idle' });
  const key = `${version}|${format}`;

  async function show() {
    setView({ state: 'loading' });
    try {
      const response = await fetch(exportUrl(slug, scope, version, format, false), { credentials: 'same-origin' });
      const text = await response.text();
      if (!response.ok) {
        setView({ state: 'failed', message: errorMessage(text, response.status) });
        return;
      }
      setView({ state: 'shown', text, key });
    } catch {
      setView({ state: 'failed', message: 'Could not reach the server; check your connection and try again.' });
    }
  }

  return (
    <div className="space-y-3" data-testid="asyncapi-export">
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${idPrefix}-version`} className="block text-sm font-medium text-slate-800">AsyncAPI version</label>
          <select id={`${idPrefix}-version`} value={version} onChange={(e) => setVersion(e.target.value)} className={control}>
            <option value="3.0.0">3.0.0</option>
            <option value="2.6.0">2.6.0</option>
          </select>
        </div>
        <div>
          <label htmlFor={`${idPrefix}-format`} className="block text-sm font-medium text-slate-800">Format</label>
          <select id={`${idPrefix}-format`} value={format} onChange={(e) => setFormat(e.target.value)} className={control}>
            <option value="yaml">YAML</option>
            <option value="json">JSON</option>
          </select>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <a href={exportUrl(slug, scope, version, format, true)} download className={primaryButton}>Download</a>
        <button type="button" onClick={show} disabled={view.state === 'loading'} className={secondaryButton}>
          {view.state === 'loading' ? 'Loading…' : 'View'}
        </button>
        {view.state === 'shown' && <CopyButton text={view.text} />}
      </div>
      {view.state === 'failed' && <p role="alert" className="text-sm text-red-700">{view.message}</p>}
      {view.state === 'shown' && (
        <>
          {view.key !== key && <p className="text-xs text-amber-700">Showing the {view.key.replace('|', ' ')} document; press View for the new choice.</p>}
          <pre aria-label="AsyncAPI document" tabIndex={0} className="max-h-[28rem] overflow-auto rounded-md border border-slate-200 bg-slate-950 p-3 font-mono text-xs leading-relaxed text-slate-100">
            {view.text}
          </pre>
        </>
      )}
    </div>
  );
}

/** The API's `{error}` body as a sentence, or the status when the body is something else. */
function errorMessage(body: string, status: number): string {
  try {
    const parsed = JSON.parse(body) as { error?: unknown };
    if (typeof parsed.error === 'string') return parsed.error;
  } catch {
    // not JSON: fall through
  }
  return `The export failed (HTTP ${status}).`;
}
