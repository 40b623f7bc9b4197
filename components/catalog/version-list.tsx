'use client';

import Link from 'next/link';
import { isCandidateReview, ReviewPanel } from './review-panel';
import { SchemaView } from './schema-view';
import type { VersionListItem } from './version-list-items';

const FORMAT_NAMES: Record<string, string> = { 'json-schema': 'JSON Schema', avro: 'Avro' };

/**
 * An event's versions, newest first; the newest is open, older ones expand on demand.
 * With `compareBase` (the event's compare page) each version links to its diff with the one before.
 * A client component on purpose: its props (schema texts, reports) are several times smaller
 * than the markup they expand to, which a server component would send twice (HTML and RSC data).
 */
export function VersionList({ versions, highlight, compareBase }: { versions: VersionListItem[]; highlight?: string; compareBase?: string }) {
  if (versions.length === 0) {
    return <p className="text-sm text-slate-500">No schema published yet. Publish the first version below.</p>;
  }
  return (
    <ol className="space-y-3" data-testid="versions">
      {versions.map((v, index) => {
        const previous = versions[index + 1];
        return (
          <li key={v.id} id={`version-${v.number}`} className={`rounded-md border ${v.label === highlight ? 'border-emerald-300 ring-1 ring-emerald-200' : 'border-slate-200'}`}>
            <details open={index === 0} className="group">
              <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2.5 hover:bg-slate-50">
                <span aria-hidden="true" className="text-slate-400 transition-transform group-open:rotate-90">▸</span>
                <span className="font-mono text-sm font-semibold text-slate-900">v{v.label}</span>
                {v.label !== String(v.number) && <span className="text-xs text-slate-500">#{v.number}</span>}
                {index === 0 && <span className="rounded bg-brand-50 px-1.5 py-0.5 text-xs font-medium text-brand-700">latest</span>}
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
                {v.compatibilityReport !== null && (
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
            </details>
          </li>
        );
      })}
    </ol>
  );
}
