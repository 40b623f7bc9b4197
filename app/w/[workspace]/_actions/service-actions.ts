'use server';

import { redirect } from 'next/navigation';
import type { FormState } from '@/components/catalog/form-state';
import { ServiceInputSchema, ServiceUpdateSchema } from '@/lib/contracts/catalog-inputs';
import { createService, updateService } from '@/lib/server/catalog/services';
import { pageActor } from '@/lib/server/page-context';
import { formFailure, invalidForm } from './form-failure';
import { formValues, splitTags, zodFieldErrors } from './form-input';

const FIELDS = ['name', 'description', 'owner', 'repositoryUrl', 'tags'] as const;

function serviceFields(values: Record<string, string>) {
  return {
    name: values.name,
    description: values.description,
    owner: values.owner,
    repositoryUrl: values.repositoryUrl?.trim() ?? '',
    tags: splitTags(values.tags ?? ''),
  };
}

const servicePath = (slug: string, name: string) => `/w/${slug}/services/${encodeURIComponent(name)}`;

/** The "New service" form: validates, creates, then opens the service's page. */
export async function createServiceAction(slug: string, _previous: FormState, form: FormData): Promise<FormState> {
  const { db, actor } = await pageActor(slug);
  const values = formValues(form, FIELDS);
  const parsed = ServiceInputSchema.safeParse(serviceFields(values));
  if (!parsed.success) return invalidForm(values, zodFieldErrors(parsed.error));
  let name: string;
  try {
    name = (await createService(db, actor, parsed.data)).name;
  } catch (error) {
    return formFailure(error, values);
  }
  redirect(servicePath(slug, name));
}

/** The "Edit service" form; `expectedVersion` guards against overwriting someone else's save. */
export async function updateServiceAction(slug: string, ref: string, _previous: FormState, form: FormData): Promise<FormState> {
  const { db, actor } = await pageActor(slug);
  const values = { ...formValues(form, FIELDS), expectedVersion: String(form.get('expectedVersion') ?? '') };
  const parsed = ServiceUpdateSchema.safeParse({ ...serviceFields(values), expectedVersion: Number(values.expectedVersion) });
  if (!parsed.success) return invalidForm(values, zodFieldErrors(parsed.error));
  let name: string;
  try {
    name = (await updateService(db, actor, ref, parsed.data)).name;
  } catch (error) {
    return formFailure(error, values);
  }
  redirect(servicePath(slug, name));
}
