'use server';

import { redirect } from 'next/navigation';
import { AppError } from '@/lib/server/errors';
import { acceptInvitation } from '@/lib/server/members';
import { pagePrincipal } from '@/lib/server/page-context';

export interface AcceptState {
  error?: string;
}

/** "Accept invitation": joins the workspace and opens it. The link works once. */
export async function acceptInvitationAction(secret: string, _previous: AcceptState, _form: FormData): Promise<AcceptState> {
  const { db, principal } = await pagePrincipal();
  let slug: string;
  try {
    slug = (await acceptInvitation(db, principal, secret)).slug;
  } catch (error) {
    if (error instanceof AppError) return { error: error.status === 404 ? 'This invitation has expired or does not exist; ask the workspace owner for a new link.' : error.message };
    console.error('Unexpected error accepting an invitation', error);
    return { error: 'Something went wrong on our side; try again.' };
  }
  redirect(`/w/${slug}`);
}
