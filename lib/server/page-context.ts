import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import type { Workspace } from '@/lib/domain/model';
import type { Actor, Principal } from './actor';
import { actorAndWorkspaceIn, resolvePrincipal } from './access';
import type { Database } from './db';
import { AppError } from './errors';
import { db } from './runtime';

/** The signed-in principal for a page or server action, or a redirect to sign-in. */
export const pagePrincipal = cache(async function pagePrincipal(): Promise<{ db: Database; principal: Principal }> {
  const database = await db();
  const principal = await resolvePrincipal(database, await headers()).catch(() => null);
  if (!principal) redirect('/sign-in');
  return { db: database, principal };
});

/**
 * The caller's standing in a workspace, and the workspace, for pages: not a member → the 404
 * page. Once per request (layout and page share it).
 */
export const pageActor = cache(async function pageActor(slug: string): Promise<{ db: Database; actor: Actor; workspace: Workspace }> {
  const { db: database, principal } = await pagePrincipal();
  try {
    return { db: database, ...(await actorAndWorkspaceIn(database, principal, slug)) };
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
});
