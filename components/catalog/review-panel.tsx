import { ChangeList } from '@/components/review/change-list';
import { ConsumerImpactList } from '@/components/review/consumer-impact-list';
import { ModeMatrix } from '@/components/review/mode-matrix';
import type { ReviewSummary } from '@/components/review/review-summary';
import type { CandidateReview } from '@/lib/server/catalog/review-candidate';

/** Whether a stored or returned value has the shape of a publish review. */
export function isCandidateReview(value: unknown): value is CandidateReview {
  const v = value as Partial<CandidateReview> | null;
  return typeof v === 'object' && v !== null && typeof v.mode === 'string' && typeof v.report === 'object' && Array.isArray(v.report?.changes);
}

/**
 * What the compatibility check found: the verdict under the mode in force, the verdict
 * under every mode, each change (breaking first) with a payload that proves it, the
 * consumers it hurts, and stored examples the new schema rejects. Used by the publish
 * form's live verdict, the version list and the compare page.
 */
export function ReviewPanel({
  review,
  testId = 'compatibility-review',
  serviceBase,
  expandAll = false,
}: {
  review: ReviewSummary;
  testId?: string;
  /** `/w/{slug}/services`: links consumer names to their pages. */
  serviceBase?: string;
  /** Show non-breaking changes open (the compare page, where the diff points at them). */
  expandAll?: boolean;
}) {
  const numbered = review.report.changes.map((change, i) => ({ change, n: i + 1 }));
  const breaking = numbered.filter((e) => e.change.breakingUnder.includes(review.mode));
  const other = numbered.filter((e) => !e.change.breakingUnder.includes(review.mode));
  const stale = review.staleExamples ?? [];
  return (
    <div className="space-y-4 text-sm" data-testid={testId} data-compatible={String(review.compatible)}>
      <p className={review.compatible ? 'text-emerald-800' : 'font-medium text-red-800'} data-testid="review-verdict">
        {review.compatible ? '✓ Compatible' : '✗ Incompatible'} under <span className="font-mono">{review.mode}</span>: {breaking.length} breaking change
        {breaking.length === 1 ? '' : 's'}, {review.report.changes.length} in total
        {stale.length > 0 && `, ${stale.length} stored example${stale.length === 1 ? '' : 's'} rejected`}.
      </p>
      {typeof review.report.matrix === 'object' && <ModeMatrix matrix={review.report.matrix} mode={review.mode} />}
      {breaking.length > 0 && (
        <div>
          <h4 className="mb-1 font-medium text-slate-800">Breaking changes</h4>
          <ChangeList entries={breaking} mode={review.mode} scope={testId} />
        </div>
      )}
      {review.impact.length > 0 && (
        <div>
          <h4 className="font-medium text-slate-800">Consumers affected</h4>
          <ConsumerImpactList impact={review.impact} serviceBase={serviceBase} />
        </div>
      )}
      {stale.length > 0 && (
        <div data-testid="stale-examples">
          <h4 className="font-medium text-slate-800">Stored examples the new schema rejects</h4>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700">
            {stale.map((s) => (
              <li key={`${s.version}-${s.index}`}>
                Example {s.index + 1} of v{s.version}: {s.errors.join('; ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      {other.length > 0 && (
        <details open={expandAll}>
          <summary className="cursor-pointer text-slate-600">
            {other.length} change{other.length === 1 ? '' : 's'} that do{other.length === 1 ? 'es' : ''} not break {review.mode}
          </summary>
          <div className="mt-2">
            <ChangeList entries={other} mode={review.mode} scope={testId} />
          </div>
        </details>
      )}
    </div>
  );
}
