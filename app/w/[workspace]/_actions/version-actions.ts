'use server';

import { redirect } from 'next/navigation';
import type { FormState } from '@/components/catalog/form-state';
import type { LiveVerdict, VersionDraft } from '@/components/review/live-verdict-state';
import { type VersionInput, VersionInputSchema } from '@/lib/contracts/catalog-inputs';
import type { Actor } from '@/lib/server/actor';
import type { Database } from '@/lib/server/db';
import { proposeVersion, publishVersion } from '@/lib/server/catalog/versions';
import { pageActor } from '@/lib/server/page-context';
import { randomUUID } from 'node:crypto';
import { VERSION_FIELDS } from './event-fields';
import { formFailure, invalidForm } from './form-failure';
import { formValues, parseExamples, zodFieldErrors } from './form-input';

/**
 * The "Publish new version" form on an event page. Schema and example problems
 * come back under their fields; on success the page reopens showing the new version.
 */
export async function publishVersionAction(slug: string, eventRef: string, _previous: FormState, form: FormData): Promise<FormState> {
  const { db, actor } = await pageActor(slug);
  const values = formValues(form, [...VERSION_FIELDS, 'forceReason']);
  const examples = parseExamples(values.examples ?? '');
  const parsed = VersionInputSchema.safeParse({
    format: values.format,
    schema: values.schema,
    examples: 'examples' in examples ? examples.examples : [],
    ...(values.label?.trim() ? { label: values.label } : {}),
    ...(values.forceReason?.trim() ? { force: { reason: values.forceReason } } : {}),
  });
  if ('error' in examples || !parsed.success) {
    const fieldErrors = parsed.success ? {} : zodFieldErrors(parsed.error);
    if ('error' in examples) fieldErrors.examples = examples.error;
    if (fieldErrors.force) fieldErrors.forceReason = fieldErrors.force;
    return invalidForm(values, fieldErrors);
  }
  if (form.get('intent') === 'check') return checkOnly(db, actor, eventRef, parsed.data, values);
  let published: { number: number; label: string };
  try {
    published = await publishVersion(db, actor, eventRef, parsed.data);
  } catch (error) {
    return formFailure(error, values);
  }
  redirect(`/w/${slug}/events/${encodeURIComponent(eventRef)}?published=${encodeURIComponent(published.label)}#version-${published.number}`);
}

/** "Check compatibility": the review publishing would do, without publishing. */
async function checkOnly(db: Database, actor: Actor, eventRef: string, input: VersionInput, values: Record<string, string>): Promise<FormState> {
  try {
    const review = await proposeVersion(db, actor, eventRef, input);
    const nonce = randomUUID();
    return review.compatible
      ? { values, nonce, review, success: `Compatible under ${review.mode}: this version can be published.` }
      : { values, nonce, review, error: `Not ${review.mode} compatible: publishing this would be refused.` };
  } catch (error) {
    return formFailure(error, values);
  }
}

/**
 * The live verdict under the publish form: what publishing this draft would decide
 * (the dry run), or why the draft cannot be checked yet. Stores nothing.
 */
export async function proposeVersionAction(slug: string, eventRef: string, draft: VersionDraft): Promise<LiveVerdict> {
  const { db, actor } = await pageActor(slug);
  const values = { format: String(draft.format), schema: String(draft.schema), examples: String(draft.examples) };
  const examples = parseExamples(values.examples);
  const parsed = VersionInputSchema.safeParse({ format: values.format, schema: values.schema, examples: 'examples' in examples ? examples.examples : [] });
  if ('error' in examples || !parsed.success) {
    const fieldErrors = parsed.success ? {} : zodFieldErrors(parsed.error);
    if ('error' in examples) fieldErrors.examples = examples.error;
    return { status: 'invalid', message: 'The draft cannot be checked yet.', fieldErrors };
  }
  try {
    return { status: 'review', review: await proposeVersion(db, actor, eventRef, parsed.data) };
  } catch (error) {
    const failure = formFailure(error, values);
    return { status: 'invalid', message: failure.error ?? 'The draft cannot be checked.', fieldErrors: failure.fieldErrors ?? {} };
  }
}
