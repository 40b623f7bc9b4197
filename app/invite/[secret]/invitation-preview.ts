import 'server-only';
import type { Role } from '@/lib/domain/model';
import { hashToken } from '@/lib/server/api-tokens';
import type { Database } from '@/lib/server/db';

/** What an invitation link leads to, read without using it up. */
export type InvitationPreview =
  | { state: 'unknown' }
  | { state: 'expired' | 'used' | 'revoked' | 'open'; workspaceName: string; workspaceSlug: string; role: Role; email: string | null; expiresAt: string; memberRole: Role | null };

/**
 * Looks an invitation up by its secret (only its hash is stored) so the page can say
 * which workspace and role it grants, or why it no longer works, before anyone accepts.
 */
export async function previewInvitation(db: Database, secret: string, userId: string | null): Promise<InvitationPreview> {
  const invitation = await db.prisma.invitation.findUnique({ where: { tokenHash: hashToken(secret) }, include: { workspace: true } });
  if (!invitation) return { state: 'unknown' };
  const membership = userId
    ? await db.prisma.membership.findUnique({ where: { workspaceId_userId: { workspaceId: invitation.workspaceId, userId } }, select: { role: true } })
    : null;
  const state = invitation.revokedAt ? 'revoked' : invitation.acceptedAt ? 'used' : invitation.expiresAt < new Date() ? 'expired' : 'open';
  return {
    state,
    workspaceName: invitation.workspace.name,
    workspaceSlug: invitation.workspace.slug,
    role: invitation.role,
    email: invitation.email,
    expiresAt: invitation.expiresAt.toISOString(),
    memberRole: membership?.role ?? null,
  };
}
