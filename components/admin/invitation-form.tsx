'use client';

import { useActionState } from 'react';
import { SelectField, TextField } from '@/components/catalog/form-field';
import { formatTime } from '@/components/catalog/meta-list';
import { primaryButton } from '@/components/catalog/page-header';
import type { AdminState } from './admin-state';
import { FormMessage } from './form-message';
import { SecretReveal } from './secret-reveal';

type Action = (state: AdminState, form: FormData) => Promise<AdminState>;

export const ROLE_CHOICES = [
  { value: 'viewer', label: 'Viewer: reads the catalog' },
  { value: 'editor', label: 'Editor: changes the catalog' },
  { value: 'owner', label: 'Owner: also manages members and tokens' },
];

/** "Invite by link": pick a role (and optionally who it is for); the link is shown once with a Copy button. */
export function InvitationForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, {});
  const e = state.fieldErrors ?? {};
  return (
    <div className="space-y-4">
      {state.secret && (
        <SecretReveal label="Invitation link" value={state.secret.value} id="invitation-link">
          <p>
            Send this link to the person joining as <strong>{state.secret.role}</strong>. It works once and expires{' '}
            {state.secret.expiresAt ? formatTime(state.secret.expiresAt) : 'in 7 days'}. It is shown only now.
          </p>
        </SecretReveal>
      )}
      <form key={state.nonce} action={formAction} noValidate className="space-y-3">
        {state.error && <FormMessage state={state} />}
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField idPrefix="invite" name="role" label="Role" defaultValue={state.values?.role || 'editor'} error={e.role} options={ROLE_CHOICES} />
          <TextField idPrefix="invite" name="email" label="Email (optional)" type="email" defaultValue={state.values?.email} error={e.email} hint="Only a note of who it is for; anyone with the link can use it." />
        </div>
        <button type="submit" disabled={pending} className={primaryButton}>{pending ? 'Creating…' : 'Create invitation link'}</button>
      </form>
    </div>
  );
}
