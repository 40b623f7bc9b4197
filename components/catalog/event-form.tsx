'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { COMPATIBILITY_MODES, EVENT_KINDS, LIFECYCLE_STATUSES } from '@/lib/domain/model';
import { FormAlert } from './form-alert';
import { SelectField, TextAreaField, TextField } from './form-field';
import { type FormState, valueOf } from './form-state';
import { primaryButton, secondaryButton } from './page-header';
import { SchemaFields } from './schema-fields';

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export interface ChannelOption {
  name: string;
  protocol: string;
  address: string;
}

/**
 * Create or edit an event. On create it also takes the first schema version, which
 * the server writes together with the event (or neither, when the schema is invalid).
 */
export function EventForm({ action, initial, submitLabel, cancelHref, channels, defaultCompatibility, expectedVersion, withSchema = false }: {
  action: Action;
  initial: Record<string, string>;
  submitLabel: string;
  cancelHref: string;
  channels: ChannelOption[];
  defaultCompatibility: string;
  expectedVersion?: number;
  withSchema?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const v = (name: string) => valueOf(state, initial, name);
  const e = state.fieldErrors ?? {};
  return (
    <form key={state.nonce} action={formAction} noValidate className="space-y-6">
      <FormAlert state={state} />
      {expectedVersion !== undefined && <input type="hidden" name="expectedVersion" value={state.values?.expectedVersion ?? String(expectedVersion)} />}
      <section className="space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 className="text-base font-semibold text-slate-900">Event</h2>
        <TextField name="name" label="Name" required defaultValue={v('name')} error={e.name} placeholder="OrderPlaced" />
        <div className="grid gap-5 sm:grid-cols-3">
          <SelectField name="kind" label="Kind" defaultValue={v('kind') || 'event'} error={e.kind} options={EVENT_KINDS.map((k) => ({ value: k, label: k }))} />
          <SelectField name="status" label="Status" defaultValue={v('status') || 'draft'} error={e.status} options={LIFECYCLE_STATUSES.map((s) => ({ value: s, label: s }))} />
          <TextField name="owner" label="Owner" defaultValue={v('owner')} error={e.owner} placeholder="team-orders" />
        </div>
        <TextField name="summary" label="Summary" defaultValue={v('summary')} error={e.summary} hint="One line shown in lists." />
        <TextAreaField name="description" label="Description" rows={7} defaultValue={v('description')} error={e.description} hint="Markdown is supported." />
        <TextField name="tags" label="Tags" defaultValue={v('tags')} error={e.tags} hint="Comma-separated, e.g. orders, checkout" />
      </section>
      <section className="space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 className="text-base font-semibold text-slate-900">Delivery</h2>
        <div className="grid gap-5 sm:grid-cols-3">
          <SelectField
            name="channel"
            label="Channel"
            defaultValue={v('channel')}
            error={e.channel}
            options={[{ value: '', label: 'No channel' }, ...channels.map((c) => ({ value: c.name, label: `${c.name} (${c.protocol} · ${c.address})` }))]}
          />
          <TextField name="partitionKey" label="Partition key" defaultValue={v('partitionKey')} error={e.partitionKey} hint="The payload field that picks the partition, e.g. orderId" />
          <SelectField
            name="compatibility"
            label="Compatibility"
            defaultValue={v('compatibility')}
            error={e.compatibility}
            options={[{ value: '', label: `Default (${defaultCompatibility})` }, ...COMPATIBILITY_MODES.map((m) => ({ value: m, label: m }))]}
          />
        </div>
      </section>
      {withSchema && (
        <section className="space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <div>
            <h2 className="text-base font-semibold text-slate-900">First schema version</h2>
            <p className="text-sm text-slate-600">Published as version 1 together with the event. Leave the schema empty to add one later.</p>
          </div>
          <SchemaFields value={v} errors={e} />
        </section>
      )}
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        <Link href={cancelHref} className={secondaryButton}>Cancel</Link>
      </div>
    </form>
  );
}
