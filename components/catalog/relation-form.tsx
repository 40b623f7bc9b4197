'use client';

import { useActionState } from 'react';
import { FormAlert } from './form-alert';
import { SelectField, TextField } from './form-field';
import { type FormState, valueOf } from './form-state';
import { secondaryButton } from './page-header';

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/**
 * Links a service to an event it produces or consumes. Collapsed by default: the
 * page is for reading first. Consumers also say what they read, for impact analysis.
 */
export function RelationForm({ kind, action, events, channels }: { kind: 'producer' | 'consumer'; action: Action; events: string[]; channels: string[] }) {
  const [state, formAction, pending] = useActionState(action, {});
  const v = (name: string) => valueOf(state, {}, name);
  const e = state.fieldErrors ?? {};
  const prefix = kind;
  const channelOptions = (none: string) => [{ value: '', label: none }, ...channels.map((c) => ({ value: c, label: c }))];
  return (
    <details className="mt-4 rounded-md border border-slate-200 bg-slate-50/60" open={Boolean(state.error)}>
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-brand-700">
        {kind === 'producer' ? 'Add a produced event' : 'Add a consumed event'}
      </summary>
      <form key={state.nonce} action={formAction} noValidate className="space-y-3 px-3 pb-3">
        <FormAlert state={state} />
        <SelectField idPrefix={prefix} name="event" label="Event" defaultValue={v('event')} error={e.event} options={[{ value: '', label: 'Choose an event…' }, ...events.map((n) => ({ value: n, label: n }))]} />
        <SelectField idPrefix={prefix} name="channel" label="Channel" defaultValue={v('channel')} error={e.channel} options={channelOptions("The event's channel")} />
        {kind === 'consumer' && (
          <>
            <TextField idPrefix={prefix} name="consumerGroup" label="Consumer group" defaultValue={v('consumerGroup')} error={e.consumerGroup} placeholder="billing.orders" />
            <TextField idPrefix={prefix} name="fieldsRead" label="Fields read" defaultValue={v('fieldsRead')} error={e.fieldsRead} hint="Comma-separated payload fields, e.g. orderId, items/sku" />
            <SelectField idPrefix={prefix} name="deadLetterChannel" label="Dead letters to" defaultValue={v('deadLetterChannel')} error={e.deadLetterChannel} options={channelOptions('No dead-letter channel')} />
          </>
        )}
        <button type="submit" disabled={pending} className={secondaryButton}>
          {kind === 'producer' ? 'Add producer' : 'Add consumer'}
        </button>
      </form>
    </details>
  );
}
