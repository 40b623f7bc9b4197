'use server';

import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { AdminState } from '@/components/admin/admin-state';
import { ROLES } from '@/lib/domain/model';
import { InvitationCreateSchema, TokenCreateSchema } from '@/lib/contracts/catalog-inputs';
import { createApiToken } from '@/lib/server/api-tokens';
import { AppError } from '@/lib/server/errors';
import { createInvitation, revokeApiToken, setMemberRole } from '@/lib/server/members';
import { pageActor } from '@/lib/server/page-context';

const settingsPath = (slug: string) => `/w/${slug}/settings`;
const RoleSchema = z.enum(ROLES, { message: 'Choose a role' });

/** A member's new role, or their removal (`role: null`). The last owner is refused by the use case. */
export async function setRoleAction(slug: string, userId: string, _previous: AdminState, form: FormData): Promise<AdminState> {
  const removing = form.get('intent') === 'remove';
  const role = RoleSchema.safeParse(form.get('role'));
  if (!removing && !role.success) return failed(role.error.issues[0]?.message ?? 'Choose a role');
  const { db, actor } = await pageActor(slug);
  try {
    await setMemberRole(db, actor, userId, removing ? null : role.data!);
  } catch (error) {
    return failure(error);
  }
  // Whoever removed themselves can no longer see this workspace.
  if (removing && userId === actor.userId) redirect('/');
  revalidatePath(settingsPath(slug));
  return { nonce: randomUUID(), success: removing ? 'Member removed.' : `Role changed to ${role.data}.` };
}

/** "Create invitation link": the absolute link is returned once, built from the host the owner is using. */
export async function createInvitationAction(slug: string, _previous: AdminState, form: FormData): Promise<AdminState> {
  const email = String(form.get('email') ?? '').trim();
  const values = { role: String(form.get('role') ?? ''), email };
  const parsed = InvitationCreateSchema.safeParse({ role: values.role, ...(email ? { email } : {}) });
  if (!parsed.success) return { ...failed('Check the invitation’s fields.'), values, fieldErrors: fieldErrors(parsed.error) };
  const { db, actor } = await pageActor(slug);
  try {
    // No revalidation: nothing on the page lists invitations, and a refresh would hide a token shown just before.
    const invitation = await createInvitation(db, actor, parsed.data);
    return { nonce: randomUUID(), secret: { value: new URL(invitation.path, await origin()).toString(), expiresAt: invitation.expiresAt, role: invitation.role } };
  } catch (error) {
    return { ...failure(error), values };
  }
}

/** "Create token": the secret is shown once in the form's answer and never stored in clear. */
export async function createTokenAction(slug: string, _previous: AdminState, form: FormData): Promise<AdminState> {
  const values = { name: String(form.get('name') ?? ''), role: String(form.get('role') ?? '') };
  const parsed = TokenCreateSchema.safeParse({ name: values.name.trim() || undefined, role: values.role });
  if (!parsed.success) return { ...failed('Check the token’s fields.'), values, fieldErrors: fieldErrors(parsed.error) };
  const { db, actor } = await pageActor(slug);
  try {
    const created = await createApiToken(db, actor, parsed.data);
    revalidatePath(settingsPath(slug));
    return { nonce: randomUUID(), secret: { value: created.token, role: created.role, name: created.name } };
  } catch (error) {
    return { ...failure(error), values };
  }
}

/** "Revoke": the token stops working at once; revoking twice is harmless. */
export async function revokeTokenAction(slug: string, tokenId: string, _previous: AdminState, _form: FormData): Promise<AdminState> {
  const { db, actor } = await pageActor(slug);
  try {
    await revokeApiToken(db, actor, tokenId);
  } catch (error) {
    return failure(error);
  }
  revalidatePath(settingsPath(slug));
  return { nonce: randomUUID(), success: 'Token revoked.' };
}

/** The origin the owner is browsing, so a copied link works from where it was made (behind a proxy too). */
async function origin(): Promise<string> {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000';
  const proto = h.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? (/^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host) ? 'http' : 'https');
  return `${proto}://${host}`;
}

function failed(error: string): AdminState {
  return { nonce: randomUUID(), error };
}

function failure(error: unknown): AdminState {
  if (error instanceof AppError) return failed(error.message);
  console.error('Unexpected error in a settings form', error);
  return failed('Something went wrong on our side; nothing was changed. Try again.');
}

function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? 'form')] ??= issue.message;
  return errors;
}
