import { ReviewPanel } from '@/components/catalog/review-panel';
import type { LiveVerdictView } from './use-live-verdict';

const FIELD_NAMES: Record<string, string> = { schema: 'Schema', examples: 'Examples', format: 'Format', label: 'Version label' };

/**
 * The verdict on the schema being edited, kept up to date as the user types: the full
 * review, or why the draft cannot be checked (invalid JSON, a schema that does not
 * compile, examples that do not validate), in place of a verdict.
 */
export function LiveVerdictPanel({ verdict, canForce }: { verdict: LiveVerdictView; canForce: boolean }) {
  const tone =
    verdict.status === 'review'
      ? verdict.review.compatible
        ? 'border-emerald-200 bg-emerald-50/40'
        : 'border-red-200 bg-red-50/50'
      : verdict.status === 'invalid'
        ? 'border-amber-300 bg-amber-50/60'
        : 'border-slate-200 bg-slate-50';
  return (
    <section
      aria-label="Live compatibility verdict"
      data-testid="live-verdict"
      data-status={verdict.status}
      aria-busy={verdict.checking}
      className={`rounded-md border p-4 transition-opacity ${tone} ${verdict.checking && verdict.status !== 'idle' ? 'opacity-60' : ''}`}
    >
      <div aria-live="polite">
        {verdict.checking && <p className="mb-2 text-xs text-slate-500">Checking the draft…</p>}
        {verdict.status === 'idle' && !verdict.checking && (
          <p className="text-sm text-slate-600">Edit the schema below: the compatibility verdict updates as you type.</p>
        )}
        {verdict.status === 'review' && (
          <p className="sr-only">
            {verdict.review.compatible ? 'Compatible' : 'Incompatible'} under {verdict.review.mode}.
          </p>
        )}
        {verdict.status === 'failed' && <p className="text-sm text-red-800">The draft could not be checked right now; publishing will still check it.</p>}
        {verdict.status === 'invalid' && (
          <div className="text-sm text-amber-900" data-testid="live-verdict-error">
            <p className="font-medium">{verdict.message}</p>
            <ul className="mt-1 list-disc space-y-0.5 pl-5">
              {Object.entries(verdict.fieldErrors).map(([field, message]) => (
                <li key={field} className="whitespace-pre-line">
                  <span className="font-medium">{FIELD_NAMES[field] ?? field}:</span> {message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {verdict.status === 'review' && (
        <>
          <ReviewPanel review={verdict.review} testId="live-review" />
          {!verdict.review.compatible && (
            <p className="mt-3 text-xs text-slate-700" data-testid="publish-blocked">
              Publishing is blocked while the draft is not {verdict.review.mode} compatible.
              {canForce ? ' Change the schema, or give an override reason below.' : ' Change the schema, or ask a workspace owner to override.'}
            </p>
          )}
        </>
      )}
    </section>
  );
}
