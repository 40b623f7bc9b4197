'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { FormAlert } from './form-alert';
import { TextAreaField, TextField } from './form-field';
import { type FormState, valueOf } from './form-state';
import { primaryButton, secondaryButton } from './page-header';

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/** Create or edit a service. Server errors come back under their fields; input is kept. */
export function ServiceForm({ action, initial, submitLabel, cancelHref, expectedVersion }: {
  action: Action;
  initial: Record<string, string>;
  submitLabel: string;
  cancelHref: string;
  expectedVersion?: number;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const v = (name: string) => valueOf(state, initial, name);
  const e = state.fieldErrors ?? {};
  return (
    <form key={state.nonce} action={formAction} noValidate className="space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <FormAlert state={state} />
      {expectedVersion !== undefined && <input type="hidden" name="expectedVersion" value={state.values?.expectedVersion ?? String(expectedVersion)} />}
      <TextField name="name" label="Name" required defaultValue={v('name')} error={e.name} placeholder="order-service" />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="owner" label="Owner" defaultValue={v('owner')} error={e.owner} hint="The team accountable for it." placeholder="team-orders" />
        <TextField name="repositoryUrl" label="Repository URL" type="url" defaultValue={v('repositoryUrl')} error={e.repositoryUrl} placeholder="https://github.com/acme/orders" />
      </div>
      <TextField name="tags" label="Tags" defaultValue={v('tags')} error={e.tags} hint="Comma-separated, e.g. orders, checkout" />
      <TextAreaField name="description" label="Description" rows={8} defaultValue={v('description')} error={e.description} hint="Markdown is supported." />
      <div className="flex items-center gap-3 border-t border-slate-100 pt-5">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        <Link href={cancelHref} className={secondaryButton}>Cancel</Link>
      </div>
    </form>
  );
}
