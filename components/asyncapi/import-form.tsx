'use client';

import { useEffect, useRef, useState } from 'react';
import { primaryButton, secondaryButton } from '@/components/catalog/page-header';
import { DiagnosticsList } from './diagnostics-list';
import { type ImportAnswer, postImport, type SpecFile } from './import-request';
import { ImportPlan } from './import-plan';

const SPEC_FILE = /\.(ya?ml|json)$/i;
const control = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-1 focus:ring-brand-500';

/** Bytes as people read them. */
function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Pasted text gets a file name matching its syntax, so diagnostics name something sensible. */
const pastedPath = (text: string) => (text.trimStart().startsWith('{') ? 'pasted.json' : 'pasted.yaml');

/**
 * "Import AsyncAPI": upload files (several when they `$ref` each other, a folder keeps
 * their relative paths) or paste a document; Preview shows the plan without writing,
 * Import applies it. Invalid documents list each problem with its file and JSON pointer.
 */
export function ImportForm({ slug }: { slug: string }) {
  const [files, setFiles] = useState<SpecFile[]>([]);
  const [pasted, setPasted] = useState('');
  const [running, setRunning] = useState<null | { dryRun: boolean; startedAt: number }>(null);
  const [elapsed, setElapsed] = useState(0);
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setElapsed(Date.now() - running.startedAt), 250);
    return () => window.clearInterval(timer);
  }, [running]);

  const toSend: SpecFile[] = [...files, ...(pasted.trim() ? [{ path: pastedPath(pasted), text: pasted }] : [])];
  const size = toSend.reduce((sum, f) => sum + new Blob([f.text]).size, 0);

  async function readFiles(list: FileList | null, keepFolders: boolean) {
    setReadError(null);
    if (!list || list.length === 0) return;
    const chosen = [...list].filter((f) => !keepFolders || SPEC_FILE.test(f.name));
    try {
      const read = await Promise.all(chosen.map(async (f) => ({ path: (keepFolders && f.webkitRelativePath) || f.name, text: await f.text() })));
      setFiles(read);
      setAnswer(null);
    } catch (error) {
      setReadError(`Could not read the files: ${(error as Error).message}`);
    }
  }

  function clearFiles() {
    setFiles([]);
    setAnswer(null);
    if (fileInput.current) fileInput.current.value = '';
    if (folderInput.current) folderInput.current.value = '';
  }

  async function run(dryRun: boolean) {
    setAnswer(null);
    setElapsed(0);
    setRunning({ dryRun, startedAt: Date.now() });
    try {
      setAnswer(await postImport(slug, toSend, dryRun));
    } finally {
      setRunning(null);
    }
  }

  const busy = running !== null;
  const nothing = toSend.length === 0;
  return (
    <div className="space-y-5">
      <div className="grid gap-5 md:grid-cols-2">
        <div className="space-y-3">
          <div>
            <label htmlFor="asyncapi-files" className="block text-sm font-medium text-slate-800">AsyncAPI files</label>
            <input
              ref={fileInput}
              id="asyncapi-files"
              type="file"
              multiple
              accept=".yaml,.yml,.json,application/yaml,application/json"
              disabled={busy}
              onChange={(e) => readFiles(e.target.files, false)}
              className="mt-1 block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium hover:file:bg-slate-50"
              aria-describedby="asyncapi-files-hint"
            />
            <p id="asyncapi-files-hint" className="mt-1 text-xs text-slate-500">
              The document and the files it references with relative <code>$ref</code>s, chosen together.
            </p>
          </div>
          <div>
            <label htmlFor="asyncapi-folder" className="block text-sm font-medium text-slate-800">Or a folder (keeps sub-folders for $refs)</label>
            <input
              ref={folderInput}
              id="asyncapi-folder"
              type="file"
              disabled={busy}
              onChange={(e) => readFiles(e.target.files, true)}
              className="mt-1 block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium hover:file:bg-slate-50"
              {...{ webkitdirectory: '' }}
            />
          </div>
          {files.length > 0 && (
            <div className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
              <ul className="space-y-0.5" aria-label="Chosen files">
                {files.map((f) => (
                  <li key={f.path} className="flex justify-between gap-3 font-mono text-xs">
                    <span className="break-all">{f.path}</span>
                    <span className="shrink-0 text-slate-500">{formatSize(new Blob([f.text]).size)}</span>
                  </li>
                ))}
              </ul>
              <button type="button" onClick={clearFiles} disabled={busy} className="mt-2 text-xs font-medium text-brand-700 hover:underline">Clear files</button>
            </div>
          )}
          {readError && <p role="alert" className="text-sm text-red-700">{readError}</p>}
        </div>
        <div>
          <label htmlFor="asyncapi-text" className="block text-sm font-medium text-slate-800">Or paste a document (YAML or JSON)</label>
          <textarea
            id="asyncapi-text"
            rows={12}
            value={pasted}
            disabled={busy}
            onChange={(e) => {
              setPasted(e.target.value);
              setAnswer(null);
            }}
            spellCheck={false}
            placeholder={'asyncapi: 3.0.0\ninfo:\n  title: Orders\n  version: 1.0.0\n…'}
            className={`${control} font-mono text-xs leading-relaxed`}
          />
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
        <button type="button" onClick={() => run(true)} disabled={busy || nothing} className={secondaryButton}>Preview import</button>
        <button type="button" onClick={() => run(false)} disabled={busy || nothing} className={primaryButton}>Import</button>
        <span className="text-sm text-slate-500">{nothing ? 'Choose files or paste a document.' : `${toSend.length} file${toSend.length === 1 ? '' : 's'}, ${formatSize(size)}`}</span>
      </div>

      {running && (
        <div role="status" aria-live="polite" className="space-y-1">
          <progress aria-label={running.dryRun ? 'Previewing' : 'Importing'} className="h-2 w-full overflow-hidden rounded-full accent-brand-600" />
          <p className="text-sm text-slate-600">
            {running.dryRun ? 'Checking the document and planning the import' : 'Importing'} ({formatSize(size)})… {(elapsed / 1000).toFixed(1)} s
          </p>
        </div>
      )}

      {answer && !answer.ok && (
        <div className="space-y-3" data-testid="import-error">
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">{answer.error}</p>
          <DiagnosticsList diagnostics={answer.diagnostics} title="Problems" />
        </div>
      )}
      {answer?.ok && (
        <div className="space-y-4">
          {!answer.outcome.dryRun && (
            <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-800">
              Import done: {answer.outcome.summary.counts.create} created, {answer.outcome.summary.counts.update} updated, {answer.outcome.summary.counts['new-version']} new versions
              {answer.outcome.summary.counts.refused > 0 ? `, ${answer.outcome.summary.counts.refused} refused` : ''}.
            </p>
          )}
          <ImportPlan outcome={answer.outcome} />
          <DiagnosticsList diagnostics={answer.outcome.warnings} title="Warnings" />
        </div>
      )}
    </div>
  );
}
