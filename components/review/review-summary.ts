import type { CompatibilityReport } from '@/lib/domain/compatibility/types';
import type { CompatibilityMode } from '@/lib/domain/model';
import type { ConsumerImpact } from '@/lib/domain/review/consumer-impact';

/**
 * What the review views show: a compatibility verdict under one mode with its report and
 * consumer impact. A publish review (`CandidateReview`) and a version comparison both fit.
 */
export interface ReviewSummary {
  mode: CompatibilityMode;
  compatible: boolean;
  report: CompatibilityReport;
  impact: ConsumerImpact[];
  /** Examples of the latest version that the candidate rejects (publish reviews only). */
  staleExamples?: Array<{ version: string; index: number; errors: string[] }>;
}

/** The anchor id of the n-th (1-based) change of a report, unique per review on a page. */
export const changeAnchor = (scope: string, n: number) => `${scope}-change-${n}`;
