import type { ReportedChange } from '@/lib/domain/compatibility/types';
import type { CandidateReview } from '@/lib/server/catalog/review-candidate';
import { SchemaView } from './schema-view';

/** Whether a stored or returned value has the shape of a publish review. */
export function isCandidateReview(value: unknown): value is CandidateReview {
  const v = value as Partial<CandidateReview> | null;
  return typeof v === 'object' && v !== null && typeof v.mode === 'string' && typeof v.report === 'object' && Array.isArray(v.report?.changes);
}

/**
 * What the compatibility check found for a schema: the verdict under the event's
 * mode, each change (breaking first) with a payload that proves it, the consumers
 * it hurts, and stored examples the new schema rejects.
 */
export function ReviewPanel({ review, testId = 'compatibility-review' }: { review: CandidateReview; testId?: string }) {
  const breaking = review.report.changes.filter((c) => c.breakingUnder.includes(review.mode));
  const other = review.report.changes.filter((c) => !c.breakingUnder.includes(review.mode));
  return (
    <div className="space-y-3 text-sm" data-testid={testId}>
      <p className={review.compatible ? 'text-emerald-800' : 'font-medium text-red-800'}>
        {review.compatible ? 'Compatible' : 'Incompatible'} under <span className="font-mono">{review.mode}</span>: {breaking.length} breaking change
        {breaking.length === 1 ? '' : 's'}, {review.report.changes.length} in total.
      </p>
      {breaking.length > 0 && <ChangeList changes={breaking} breaking />}
      {review.impact.length > 0 && (
        <div>
          <h4 className="font-medium text-slate-800">Consumers affected</h4>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700">
            {review.impact.map((i) => (
              <li key={i.serviceId}>
                <span className="font-medium">{i.serviceName}</span>
                {i.undeclared ? ' — declares no fields read, so any breaking change may hurt it' : ` — reads ${i.fieldsHit.join(', ')}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      {review.staleExamples.length > 0 && (
        <div>
          <h4 className="font-medium text-slate-800">Existing examples the new schema rejects</h4>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700">
            {review.staleExamples.map((s) => (
              <li key={`${s.version}-${s.index}`}>
                Example {s.index + 1} of v{s.version}: {s.errors.join('; ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      {other.length > 0 && (
        <details>
          <summary className="cursor-pointer text-slate-600">{other.length} non-breaking change{other.length === 1 ? '' : 's'}</summary>
          <div className="mt-2"><ChangeList changes={other} breaking={false} /></div>
        </details>
      )}
    </div>
  );
}

function ChangeList({ changes, breaking }: { changes: ReportedChange[]; breaking: boolean }) {
  return (
    <ol className="space-y-2">
      {changes.map((c, i) => (
        <li key={`${c.kind}-${c.path}-${c.against}-${i}`} className={`rounded-md border px-3 py-2 ${breaking ? 'border-red-200 bg-white' : 'border-slate-200 bg-white'}`}>
          <p className="text-slate-800">{c.message}</p>
          <p className="mt-0.5 font-mono text-xs text-slate-500">
            {c.kind} at {c.path || '(root)'} · against version #{c.against}
          </p>
          {c.counterexample && (
            <div className="mt-2">
              <p className="text-xs text-slate-600">
                A payload the {c.counterexample.acceptedBy} schema accepts and the {c.counterexample.acceptedBy === 'old' ? 'new' : 'old'} one rejects ({c.counterexample.rejection}):
              </p>
              <SchemaView text={JSON.stringify(c.counterexample.payload)} />
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
