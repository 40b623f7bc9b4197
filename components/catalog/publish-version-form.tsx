'use client';

import { useActionState } from 'react';
import { FormAlert } from './form-alert';
import { TextAreaField } from './form-field';
import { type FormState, valueOf } from './form-state';
import { primaryButton, secondaryButton } from './page-header';
import { ReviewPanel } from './review-panel';
import { SchemaFields } from './schema-fields';

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/**
 * Publishes a new version of an event, prefilled with the latest schema so a change
 * is an edit. Owners may override a failed compatibility check with a written reason.
 */
export function PublishVersionForm({ action, initial, canForce }: { action: Action; initial: Record<string, string>; canForce: boolean }) {
  const [state, formAction, pending] = useActionState(action, {});
  const v = (name: string) => valueOf(state, initial, name);
  const e = state.fieldErrors ?? {};
  return (
    <form key={state.nonce} action={formAction} noValidate className="space-y-5">
      <FormAlert state={state} />
      {state.review && (
        <div className={`rounded-md border p-4 ${state.review.compatible ? 'border-emerald-200 bg-emerald-50/40' : 'border-red-200 bg-red-50/50'}`}>
          <ReviewPanel review={state.review} />
          {canForce && !state.review.compatible && <p className="mt-3 text-xs text-slate-600">Change the schema, or give an override reason below to publish anyway.</p>}
        </div>
      )}
      <SchemaFields value={v} errors={e} />
      {canForce && (
        <details className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3" open={Boolean(v('forceReason') || (state.review && !state.review.compatible))}>
          <summary className="cursor-pointer text-sm font-medium text-amber-900">Override the compatibility check (owners)</summary>
          <div className="mt-3">
            <TextAreaField
              name="forceReason"
              label="Override reason"
              rows={2}
              defaultValue={v('forceReason')}
              error={e.forceReason}
              hint="Only if the change is knowingly breaking; the reason is kept in the history."
            />
          </div>
        </details>
      )}
      <div className="flex items-center gap-3">
        <button type="submit" name="intent" value="publish" disabled={pending} className={primaryButton}>
          Publish version
        </button>
        <button type="submit" name="intent" value="check" disabled={pending} className={secondaryButton}>
          Check compatibility
        </button>
        {pending && <span role="status" className="text-sm text-slate-500">Working…</span>}
      </div>
    </form>
  );
}
