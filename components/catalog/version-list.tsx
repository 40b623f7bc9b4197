'use client';

import Link from 'next/link';
import { useState, type ReactNode } from 'react';
import { isCandidateReview, ReviewPanel } from './review-panel';
import { SchemaView } from './schema-view';
import type { VersionListHeader, VersionListItem } from './version-list-items';

const FORMAT_NAMES: Record<string, string> = { 'json-schema': 'JSON Schema', avro: 'Avro' };

/**
 * An event's versions, newest first; the newest is open, older ones expand on demand.
 * `versions` come with their content; `older` ones (an event's long tail) are rows whose content is
 * fetched from `contentUrl/<number>` when first opened, so a page with hundreds of versions stays small.
 * With `compareBase` (the event's compare page) each version links to its diff with the one before.
 * A client component on purpose: its props (schema texts, reports) are several times smaller
 * than the markup they expand to, which a server component would send twice (HTML and RSC data).
 */
export function VersionList({ versions, older = [], contentUrl, highlight, compareBase }: {
  versions: VersionListItem[];
  older?: VersionListHeader[];
  contentUrl: string;
  highlight?: string;
  compareBase?: string;
}) {
  if (versions.length === 0) {
    return <p className="text-sm text-slate-500">No schema published yet. Publish the first version below.</p>;
  }
  const rows: VersionListHeader[] = [...versions, ...older];
  return (
    <ol className="space-y-3" data-testid="versions">
      {rows.map((v, index) => {
        const summary = <VersionSummary version={v} previous={rows[index + 1]} latest={index === 0} compareBase={compareBase} />;
        return (
          <li key={v.id} id={`version-${v.number}`} className={`rounded-md border ${v.label === highlight ? 'border-emerald-300 ring-1 ring-emerald-200' : 'border-slate-200'}`}>
            {index < versions.length ? (
              <details open={index === 0} className="group">
                {summary}
                <VersionContent version={versions[index]!} />
              </details>
            ) : (
              <OlderVersion number={v.number} url={`${contentUrl}/${v.number}`}>
                {summary}
              </OlderVersion>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function VersionSummary({ version: v, previous, latest, compareBase }: { version: VersionListHeader; previous?: VersionListHeader; latest: boolean; compareBase?: string }) {
  return (
    <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2.5 hover:bg-slate-50">
      <span aria-hidden="true" className="text-slate-400 transition-transform group-open:rotate-90">▸</span>
      <span className="font-mono text-sm font-semibold text-slate-900">v{v.label}</span>
      {v.label !== String(v.number) && <span className="text-xs text-slate-500">#{v.number}</span>}
      {latest && <span className="rounded bg-brand-50 px-1.5 py-0.5 text-xs font-medium text-brand-700">latest</span>}
      <span className="text-xs text-slate-500">{FORMAT_NAMES[v.format] ?? v.format}</span>
      {compareBase && previous && (
        <Link
          href={`${compareBase}?from=${previous.number}&to=${v.number}`}
          className="text-xs font-medium text-brand-600 hover:underline"
          aria-label={`Compare with previous: v${previous.label} → v${v.label}`}
        >
          Compare with previous
        </Link>
      )}
      <span className="ml-auto text-xs text-slate-500">
        {v.createdBy ? `${v.createdBy} · ` : ''}
        {v.createdAtText}
      </span>
    </summary>
  );
}

type Content = Pick<VersionListItem, 'number' | 'schema' | 'examples' | 'compatibilityReport'>;

/** An older version: its content is fetched the first time it is opened (the API answers with the signed-in session). */
function OlderVersion({ number, url, children }: { number: number; url: string; children: ReactNode }) {
  const [state, setState] = useState<{ content?: Content; problem?: string; loading?: boolean }>({});
  const load = async () => {
    if (state.content || state.loading) return;
    setState({ loading: true });
    try {
      const res = await fetch(url, { headers: { accept: 'application/json' } });
      const body = (await res.json().catch(() => null)) as (Content & { error?: string }) | null;
      if (!res.ok || !body) throw new Error(body?.error ?? `the server answered ${res.status}`);
      setState({ content: { number, schema: body.schema, examples: Array.isArray(body.examples) ? body.examples : [], compatibilityReport: body.compatibilityReport } });
    } catch (error) {
      setState({ problem: `Could not load version ${number}: ${(error as Error).message}` });
    }
  };
  return (
    <details className="group" data-testid={`older-version-${number}`} onToggle={(event) => event.currentTarget.open && void load()}>
      {children}
      {state.content ? (
        <VersionContent version={state.content} />
      ) : (
        <p className="border-t border-slate-100 px-4 py-3 text-sm text-slate-500" role={state.problem ? 'alert' : undefined}>
          {state.problem ?? 'Loading…'}
        </p>
      )}
    </details>
  );
}

function VersionContent({ version: v }: { version: Content }) {
  return (
    <div className="grid gap-4 border-t border-slate-100 px-4 py-3 lg:grid-cols-2">
      <div>
        <h3 className="mb-1.5 text-xs font-medium uppercase tracking-wide text-slate-500">Schema</h3>
        <SchemaView text={v.schema} testId={`schema-${v.number}`} />
      </div>
      <div>
        <h3 className="mb-1.5 text-xs font-medium uppercase tracking-wide text-slate-500">
          Examples <span className="normal-case text-slate-400">({v.examples.length})</span>
        </h3>
        {v.examples.length === 0 ? (
          <p className="text-sm text-slate-500">No example payloads.</p>
        ) : (
          <div className="space-y-2">
            {v.examples.map((example, i) => (
              <SchemaView key={i} text={JSON.stringify(example)} testId={`example-${v.number}-${i + 1}`} />
            ))}
          </div>
        )}
      </div>
      {v.compatibilityReport !== null && v.compatibilityReport !== undefined && (
        <div className="lg:col-span-2">
          <h3 className="mb-1.5 text-xs font-medium uppercase tracking-wide text-slate-500">Compatibility report</h3>
          {isCandidateReview(v.compatibilityReport) ? (
            <ReviewPanel review={v.compatibilityReport} testId={`report-${v.number}`} />
          ) : (
            <SchemaView text={JSON.stringify(v.compatibilityReport)} testId={`report-${v.number}`} />
          )}
        </div>
      )}
    </div>
  );
}
