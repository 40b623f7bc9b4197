'use client';

import { useActionState } from 'react';
import { SelectField, TextField } from '@/components/catalog/form-field';
import { primaryButton } from '@/components/catalog/page-header';
import type { AdminState } from './admin-state';
import { FormMessage } from './form-message';
import { ROLE_CHOICES } from './invitation-form';
import { SecretReveal } from './secret-reveal';

type Action = (state: AdminState, form: FormData) => Promise<AdminState>;

/** "Create token": name and role; the token itself is shown once, with a Copy button. */
export function TokenForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.fieldErrors ?? {};
  return (
    <div className="space-y-4">
      {state.secret && (
        <SecretReveal label={`New API token “${state.secret.name ?? ''}” (${state.secret.role})`} value={state.secret.value} id="new-token">
          <p className="font-medium">Copy it now: you won’t see it again.</p>
          <p>Send it as <code className="font-mono text-xs">Authorization: Bearer &lt;token&gt;</code>, e.g. from CI with the eventflow CLI.</p>
        </SecretReveal>
      )}
      <form key={state.nonce} action={formAction} noValidate className="space-y-3">
        {state.error && <FormMessage state={state} />}
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField idPrefix="token" name="name" label="Token name" required defaultValue={state.values?.name} error={e.name} placeholder="ci-pipeline" />
          <SelectField idPrefix="token" name="role" label="Token role" defaultValue={state.values?.role || 'viewer'} error={e.role} options={ROLE_CHOICES} />
        </div>
        <button type="submit" disabled={pending} className={primaryButton}>{pending ? 'Creating…' : 'Create token'}</button>
      </form>
    </div>
  );
}
