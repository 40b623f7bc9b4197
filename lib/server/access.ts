import type { Role, Workspace } from '@/lib/domain/model';
import type { Actor, Principal } from './actor';
import { hashToken, looksLikeToken } from './api-tokens';
import { getAuth } from './auth';
import type { Database } from './db';
import { notFound, unauthorized } from './errors';
import { toWorkspace } from './mappers';
import { rememberedSession, rememberSession } from './session-memo';

/** Token last-used times are written at most this often, to keep reads read-only under load. */
const LAST_USED_RESOLUTION_MS = 60_000;

interface TokenRow {
  id: string;
  workspaceId: string;
  name: string;
  role: Role;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  workspaceSlug: string;
}

/**
 * Who sent this request: a bearer token when there is an Authorization header
 * (an invalid one is a 401, never a fall-through to the cookie), else the session cookie.
 */
export async function resolvePrincipal(db: Database, headers: Headers): Promise<Principal | null> {
  const authorization = headers.get('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match?.[1] || !looksLikeToken(match[1])) throw unauthorized('Malformed Authorization header; expected "Bearer efp_…".');
    // The workspace slug comes along (one joined query), so actorIn needs no second lookup.
    // Every API request starts here: one hand-written statement (Prisma's mapping cost as much again),
    // straight to the pool on Postgres (db.direct). The times are read as UTC instants, as Prisma stores
    // them: pg would read a zone-less timestamp in the process's zone.
    const [token] = await db.direct.$queryRaw<TokenRow[]>`
      SELECT t."id", t."workspaceId", t."name", t."role"::text AS "role",
        t."lastUsedAt" AT TIME ZONE 'UTC' AS "lastUsedAt", t."revokedAt" AT TIME ZONE 'UTC' AS "revokedAt", w."slug" AS "workspaceSlug"
      FROM "ApiToken" t JOIN "Workspace" w ON w."id" = t."workspaceId"
      WHERE t."tokenHash" = ${hashToken(match[1])}`;
    if (!token || token.revokedAt) throw unauthorized('This API token is unknown or revoked.');
    const now = new Date();
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await db.prisma.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
    }
    return { kind: 'token', tokenId: token.id, workspaceId: token.workspaceId, workspaceSlug: token.workspaceSlug, role: token.role, name: `token ${token.name}` };
  }
  const cookie = headers.get('cookie');
  if (!cookie) return null;
  const known = rememberedSession(cookie);
  if (known) return userPrincipal(known.user);
  const auth = await getAuth(db);
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  rememberSession(cookie, { token: session.session.token, expiresAt: new Date(session.session.expiresAt), user: session.user });
  return userPrincipal(session.user);
}

function userPrincipal(user: { id: string; name: string; email: string }): Principal {
  return { kind: 'user', userId: user.id, name: user.name, email: user.email };
}

/**
 * The principal's standing in the workspace `slug`. A workspace the principal
 * cannot see is reported as not found, so ids and slugs of others leak nothing.
 */
export async function actorIn(db: Database, principal: Principal | null, slug: string): Promise<Actor> {
  if (!principal) throw unauthorized();
  if (principal.kind === 'token') {
    // A token belongs to one workspace: any other slug is "not found", whether or not it exists.
    if (principal.workspaceSlug !== slug) throw notFound(`Workspace "${slug}"`);
    return { principal, workspaceId: principal.workspaceId, role: principal.role, userId: null, name: principal.name };
  }
  if (principal.kind === 'local') {
    const workspace = await db.prisma.workspace.findUnique({ where: { slug }, select: { id: true } });
    if (!workspace) throw notFound(`Workspace "${slug}"`);
    return { principal, workspaceId: workspace.id, role: 'owner', userId: null, name: principal.name };
  }
  const membership = await db.prisma.membership.findFirst({
    where: { userId: principal.userId, workspace: { slug } },
    select: { role: true, workspaceId: true },
  });
  if (!membership) throw notFound(`Workspace "${slug}"`);
  return { principal, workspaceId: membership.workspaceId, role: membership.role, userId: principal.userId, name: principal.name };
}

/**
 * `actorIn` plus the workspace itself: for a member, one joined statement (the workspace shell
 * shows its name on every page, so pages need both). Hand-written like the event reads: every
 * signed-in page starts here, and Prisma's query interpreter cost as much CPU as the query.
 */
export async function actorAndWorkspaceIn(db: Database, principal: Principal | null, slug: string): Promise<{ actor: Actor; workspace: Workspace }> {
  if (principal?.kind !== 'user') {
    const actor = await actorIn(db, principal, slug);
    return { actor, workspace: await workspaceOf(db, actor) };
  }
  const [membership] = await db.direct.$queryRaw<Array<Workspace & { role: Role }>>`
    SELECT m."role"::text AS "role", w."id", w."slug", w."name", w."description", w."defaultCompatibility"::text AS "defaultCompatibility"
    FROM "Membership" m JOIN "Workspace" w ON w."id" = m."workspaceId"
    WHERE m."userId" = ${principal.userId} AND w."slug" = ${slug}`;
  if (!membership) throw notFound(`Workspace "${slug}"`);
  const { role, ...workspace } = membership;
  return {
    actor: { principal, workspaceId: workspace.id, role, userId: principal.userId, name: principal.name },
    workspace,
  };
}

export async function workspaceOf(db: Database, actor: Actor): Promise<Workspace> {
  return toWorkspace(await db.prisma.workspace.findUniqueOrThrow({ where: { id: actor.workspaceId } }));
}
