'use server';

import { redirect } from 'next/navigation';
import type { FormState } from '@/components/catalog/form-state';
import { ConsumerInputSchema, ProducerInputSchema } from '@/lib/contracts/catalog-inputs';
import { addConsumer, addProducer, removeRelation } from '@/lib/server/catalog/relations';
import { AppError } from '@/lib/server/errors';
import { pageActor } from '@/lib/server/page-context';
import { formFailure, invalidForm } from './form-failure';
import { blankToNull, formValues, splitTags, zodFieldErrors } from './form-input';

const servicePath = (slug: string, service: string) => `/w/${slug}/services/${encodeURIComponent(service)}`;

/** "Add a produced event" on a service page. A blank channel means the event's own. */
export async function addProducerAction(slug: string, service: string, _previous: FormState, form: FormData): Promise<FormState> {
  const { db, actor } = await pageActor(slug);
  const values = formValues(form, ['event', 'channel']);
  const parsed = ProducerInputSchema.safeParse({ service, event: values.event, channel: blankToNull(values.channel ?? '') });
  if (!parsed.success) return invalidForm(values, relationErrors(values, zodFieldErrors(parsed.error)));
  try {
    await addProducer(db, actor, parsed.data);
  } catch (error) {
    return formFailure(error, values);
  }
  redirect(servicePath(slug, service));
}

/** "Add a consumed event": with the group, the dead-letter channel and the fields the consumer reads. */
export async function addConsumerAction(slug: string, service: string, _previous: FormState, form: FormData): Promise<FormState> {
  const { db, actor } = await pageActor(slug);
  const values = formValues(form, ['event', 'channel', 'consumerGroup', 'deadLetterChannel', 'fieldsRead']);
  const parsed = ConsumerInputSchema.safeParse({
    service,
    event: values.event,
    channel: blankToNull(values.channel ?? ''),
    consumerGroup: blankToNull(values.consumerGroup ?? ''),
    deadLetterChannel: blankToNull(values.deadLetterChannel ?? ''),
    // Pointers may be typed as plain field names; "orderId" means "/orderId".
    fieldsRead: splitTags(values.fieldsRead ?? '').map((f) => (f.startsWith('/') ? f : `/${f}`)),
  });
  if (!parsed.success) return invalidForm(values, relationErrors(values, zodFieldErrors(parsed.error)));
  try {
    await addConsumer(db, actor, parsed.data);
  } catch (error) {
    return formFailure(error, values);
  }
  redirect(servicePath(slug, service));
}

/** The "Remove" button next to a produced or consumed event. */
export async function removeRelationAction(slug: string, service: string, kind: 'producer' | 'consumer', id: string): Promise<void> {
  const { db, actor } = await pageActor(slug);
  try {
    await removeRelation(db, actor, kind, id);
  } catch (error) {
    // Already gone (a second click, another tab): the page is what the user wanted.
    if (!(error instanceof AppError && error.status === 404)) throw error;
  }
  redirect(servicePath(slug, service));
}

/** An unpicked event reads better as a choice to make than as a name rule. */
function relationErrors(values: Record<string, string>, errors: Record<string, string>): Record<string, string> {
  return values.event ? errors : { ...errors, event: 'Choose an event' };
}
