import { randomBytes } from 'node:crypto';
import type { Role } from '@/lib/domain/model';
import type { Actor, Principal } from './actor';
import { requireRole } from './actor';
import { hashToken } from './api-tokens';
import { appendChange } from './change-log';
import type { Database } from './db';
import { badRequest, conflict, notFound } from './errors';

const INVITE_PREFIX = 'efi_';
const INVITE_DAYS = 7;

export async function listMembers(db: Database, actor: Actor) {
  requireRole(actor, 'viewer');
  const rows = await db.prisma.membership.findMany({
    where: { workspaceId: actor.workspaceId },
    include: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, role: m.role, since: m.createdAt.toISOString() }));
}

/** Owners only. The last owner can be neither demoted nor removed: a workspace always has one. */
export async function setMemberRole(db: Database, actor: Actor, userId: string, role: Role | null) {
  requireRole(actor, 'owner');
  await db.prisma.$transaction(async (tx) => {
    const membership = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: actor.workspaceId, userId } }, include: { user: { select: { email: true } } } });
    if (!membership) throw notFound('Member');
    if (membership.role === 'owner' && role !== 'owner') {
      const owners = await tx.membership.count({ where: { workspaceId: actor.workspaceId, role: 'owner' } });
      if (owners <= 1) throw conflict('This is the workspace’s last owner; make someone else owner first.');
    }
    if (role === null) await tx.membership.delete({ where: { id: membership.id } });
    else await tx.membership.update({ where: { id: membership.id }, data: { role } });
    // Membership entries are keyed by the member's user id, named by their email, like acceptInvitation's.
    await appendChange(tx, actor, { action: role === null ? 'delete' : 'update', entityType: 'membership', entityId: userId, entityName: membership.user.email, before: { role: membership.role }, after: role === null ? undefined : { role } });
  });
}

/** An invitation link's secret is returned once; the link is `/invite/<secret>`. */
export async function createInvitation(db: Database, actor: Actor, input: { role: Role; email?: string }) {
  requireRole(actor, 'owner');
  const secret = INVITE_PREFIX + randomBytes(24).toString('base64url');
  return db.prisma.$transaction(async (tx) => {
    const row = await tx.invitation.create({
      data: {
        workspaceId: actor.workspaceId,
        role: input.role,
        email: input.email ?? null,
        tokenHash: hashToken(secret),
        createdById: actor.userId,
        expiresAt: new Date(Date.now() + INVITE_DAYS * 24 * 3600 * 1000),
      },
    });
    await appendChange(tx, actor, { action: 'create', entityType: 'invitation', entityId: row.id, entityName: input.email ?? input.role, after: { role: input.role, email: input.email ?? null, expiresAt: row.expiresAt } });
    return { id: row.id, role: row.role, secret, path: `/invite/${secret}`, expiresAt: row.expiresAt.toISOString() };
  });
}

/** Joins the invitation's workspace as the signed-in user; a link works once. */
export async function acceptInvitation(db: Database, principal: Principal, secret: string) {
  if (principal.kind !== 'user') throw badRequest('Sign in as a person to accept an invitation.');
  return db.prisma.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { tokenHash: hashToken(secret) }, include: { workspace: true } });
    if (!invitation || invitation.revokedAt || invitation.expiresAt < new Date()) throw notFound('Invitation (it may have expired)');
    if (invitation.acceptedAt) throw conflict('This invitation was already used.');
    const existing = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: invitation.workspaceId, userId: principal.userId } } });
    if (!existing) await tx.membership.create({ data: { workspaceId: invitation.workspaceId, userId: principal.userId, role: invitation.role } });
    await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date(), acceptedBy: principal.userId } });
    const actor: Actor = { principal, workspaceId: invitation.workspaceId, role: invitation.role, userId: principal.userId, name: principal.name };
    await appendChange(tx, actor, { action: 'create', entityType: 'membership', entityId: principal.userId, entityName: principal.email, after: { role: existing?.role ?? invitation.role } });
    return { slug: invitation.workspace.slug, role: existing?.role ?? invitation.role };
  });
}

export async function revokeApiToken(db: Database, actor: Actor, tokenId: string) {
  requireRole(actor, 'owner');
  await db.prisma.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, workspaceId: actor.workspaceId } });
    if (!token) throw notFound('API token');
    if (token.revokedAt) return;
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
    await appendChange(tx, actor, { action: 'delete', entityType: 'token', entityId: token.id, entityName: token.name, before: { name: token.name, role: token.role, prefix: token.prefix } });
  });
}
