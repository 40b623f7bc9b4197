import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@/lib/domain/model';
import type { Actor } from './actor';
import { requireRole } from './actor';
import { appendChange } from './change-log';
import type { Database } from './db';

const TOKEN_PREFIX = 'efp_';

/** Tokens are random 32-byte secrets; only their sha256 is stored, so a leak of the table leaks nothing usable. */
export function hashToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function looksLikeToken(value: string): boolean {
  return value.startsWith(TOKEN_PREFIX) && value.length > TOKEN_PREFIX.length + 20;
}

export interface CreatedToken {
  id: string;
  token: string;
  role: Role;
  name: string;
}

/** Creates a workspace API token; the secret is returned once and never again. */
export async function createApiToken(
  db: Database,
  actor: Actor,
  input: { name: string; role: Role },
): Promise<CreatedToken> {
  requireRole(actor, 'owner');
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  return db.prisma.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: {
        workspaceId: actor.workspaceId,
        name: input.name,
        role: input.role,
        tokenHash: hashToken(token),
        prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      },
    });
    await appendChange(tx, actor, {
      action: 'create',
      entityType: 'token',
      entityId: row.id,
      entityName: input.name,
      after: { name: input.name, role: input.role, prefix: row.prefix },
    });
    return { id: row.id, token, role: row.role, name: row.name };
  });
}

export async function listApiTokens(db: Database, actor: Actor) {
  requireRole(actor, 'owner');
  const rows = await db.prisma.apiToken.findMany({
    where: { workspaceId: actor.workspaceId },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role,
    prefix: r.prefix,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
  }));
}
