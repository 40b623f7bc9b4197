import type { CandidateReview } from '@/lib/server/catalog/review-candidate';

/**
 * What a catalog form's server action hands back when it did not redirect: the
 * user's input (so nothing typed is lost), errors per field, and a form-level message.
 */
export interface FormState {
  values?: Record<string, string>;
  fieldErrors?: Record<string, string>;
  error?: string;
  /** Someone else saved first (409 on expectedVersion): the form offers a reload. */
  conflict?: boolean;
  /** Changes on every answer, so the form remounts with the returned values. */
  nonce?: string;
  /** Set after an action that stays on the page. */
  success?: string;
  /** Why a publish was refused: the compatibility review of the candidate schema. */
  review?: CandidateReview;
}

/** The value to show in a field: what the user last sent, else the stored value. */
export function valueOf(state: FormState, initial: Record<string, string>, name: string): string {
  return state.values?.[name] ?? initial[name] ?? '';
}
