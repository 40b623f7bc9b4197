'use client';

import { useActionState } from 'react';
import { FormAlert } from './form-alert';
import { TextAreaField } from './form-field';
import { type FormState, valueOf } from './form-state';
import { primaryButton } from './page-header';
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
      <SchemaFields value={v} errors={e} />
      {canForce && (
        <details className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3" open={Boolean(v('forceReason'))}>
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
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? 'Publishing…' : 'Publish version'}
      </button>
    </form>
  );
}
