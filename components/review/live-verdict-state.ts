import type { CandidateReview } from '@/lib/server/catalog/review-candidate';

/** The publish form's fields a verdict depends on, as typed. */
export interface VersionDraft {
  format: string;
  schema: string;
  /** The examples textarea: a JSON array of payloads, or blank. */
  examples: string;
}

/** What the dry run says about a draft: its review, or why it cannot be checked (per field). */
export type LiveVerdict =
  | { status: 'review'; review: CandidateReview }
  | { status: 'invalid'; message: string; fieldErrors: Record<string, string> };

/** The server action that answers a draft (bound to one event). */
export type ProposeDraft = (draft: VersionDraft) => Promise<LiveVerdict>;
