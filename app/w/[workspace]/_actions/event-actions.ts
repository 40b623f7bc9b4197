'use server';

import { redirect } from 'next/navigation';
import type { FormState } from '@/components/catalog/form-state';
import { EventInputSchema, EventUpdateSchema, VersionInputSchema } from '@/lib/contracts/catalog-inputs';
import { createEventWithVersion } from '@/lib/server/catalog/create-event-with-version';
import { createEvent, updateEvent } from '@/lib/server/catalog/events';
import { pageActor } from '@/lib/server/page-context';
import { EVENT_FIELDS, eventFields, VERSION_FIELDS } from './event-fields';
import { formFailure, invalidForm } from './form-failure';
import { formValues, parseExamples, zodFieldErrors } from './form-input';

const eventPath = (slug: string, name: string) => `/w/${slug}/events/${encodeURIComponent(name)}`;

/**
 * The "New event" form: the event and, when a schema is given, its first version.
 * Every field is checked first and both are written together, or nothing is.
 */
export async function createEventAction(slug: string, _previous: FormState, form: FormData): Promise<FormState> {
  const { db, actor } = await pageActor(slug);
  const values = formValues(form, [...EVENT_FIELDS, ...VERSION_FIELDS]);
  const event = EventInputSchema.safeParse(eventFields(values));
  const fieldErrors = event.success ? {} : zodFieldErrors(event.error);

  const wantsVersion = (values.schema ?? '').trim() !== '';
  const examples = parseExamples(values.examples ?? '');
  if ('error' in examples) fieldErrors.examples = examples.error;
  else if (!wantsVersion && examples.examples.length > 0) fieldErrors.schema = 'Add the schema the examples follow.';
  const version = VersionInputSchema.safeParse({
    format: values.format,
    schema: values.schema,
    examples: 'examples' in examples ? examples.examples : [],
    ...(values.label?.trim() ? { label: values.label } : {}),
  });
  if (wantsVersion && !version.success) Object.assign(fieldErrors, { ...zodFieldErrors(version.error), ...fieldErrors });

  if (!event.success || Object.keys(fieldErrors).length > 0) return invalidForm(values, fieldErrors);
  let name: string;
  try {
    name = wantsVersion && version.success
      ? (await createEventWithVersion(db, actor, event.data, version.data)).event.name
      : (await createEvent(db, actor, event.data)).name;
  } catch (error) {
    return formFailure(error, values);
  }
  redirect(eventPath(slug, name));
}

/** The "Edit event" form; `expectedVersion` guards against overwriting someone else's save. */
export async function updateEventAction(slug: string, ref: string, _previous: FormState, form: FormData): Promise<FormState> {
  const { db, actor } = await pageActor(slug);
  const values = { ...formValues(form, EVENT_FIELDS), expectedVersion: String(form.get('expectedVersion') ?? '') };
  const parsed = EventUpdateSchema.safeParse({ ...eventFields(values), expectedVersion: Number(values.expectedVersion) });
  if (!parsed.success) return invalidForm(values, zodFieldErrors(parsed.error));
  let name: string;
  try {
    name = (await updateEvent(db, actor, ref, parsed.data)).name;
  } catch (error) {
    return formFailure(error, values);
  }
  redirect(eventPath(slug, name));
}
