import { randomUUID } from 'node:crypto';
import type { FormState } from '@/components/catalog/form-state';
import { isCandidateReview } from '@/components/catalog/review-panel';
import { AppError } from '@/lib/server/errors';

interface ExampleFailure {
  field: string;
  errors: string[];
}

/**
 * Turns what a use case threw into what the form shows: problems tied to one
 * field go under that field, the rest above the form. Unknown errors are logged
 * and reported without internals.
 */
export function formFailure(error: unknown, values: Record<string, string>): FormState {
  const base = { values, nonce: randomUUID() };
  if (!(error instanceof AppError)) {
    console.error('Unexpected error in a catalog form', error);
    return { ...base, error: 'Something went wrong on our side; nothing was saved. Try again.' };
  }
  const details = (error.details ?? {}) as { field?: string; examples?: ExampleFailure[]; issues?: Array<{ path: string; message: string }>; current?: unknown };
  if (error.status === 409 && isCandidateReview(error.details)) {
    return { ...base, error: error.message, review: error.details };
  }
  if (details.examples) {
    return { ...base, error: error.message, fieldErrors: { examples: describeExamples(details.examples) } };
  }
  if (details.issues) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of details.issues) fieldErrors[issue.path.split('.')[0] || 'form'] ??= issue.message;
    return { ...base, error: 'Some fields need attention.', fieldErrors };
  }
  if (details.field) return { ...base, error: error.message, fieldErrors: { [details.field]: error.message } };
  return { ...base, error: error.message, conflict: error.status === 409 && details.current !== undefined };
}

function describeExamples(failures: ExampleFailure[]): string {
  return failures
    .map((f) => {
      const index = Number(f.field.split('/')[1] ?? 0);
      return `Example ${index + 1}: ${f.errors.join('; ')}`;
    })
    .join('\n');
}

/** A validation failure found before calling the use case: nothing was written. */
export function invalidForm(values: Record<string, string>, fieldErrors: Record<string, string>): FormState {
  return { values, fieldErrors, error: 'Some fields need attention; nothing was saved.', nonce: randomUUID() };
}
