import type { z } from 'zod';
import type { WorkspaceCreateSchema } from '@/lib/contracts/catalog-inputs';
import type { Workspace } from '@/lib/domain/model';
import type { Actor, Principal } from './actor';
import { appendChange } from './change-log';
import type { Database } from './db';
import { badRequest, conflict, isUniqueViolation } from './errors';
import { toWorkspace } from './mappers';

export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** Creates a workspace; a signed-in creator becomes its owner. */
export async function createWorkspace(
  db: Database,
  principal: Principal,
  input: z.infer<typeof WorkspaceCreateSchema>,
): Promise<Workspace> {
  if (principal.kind === 'token') throw badRequest('API tokens belong to one workspace and cannot create workspaces.');
  const slug = input.slug ?? slugify(input.name);
  if (slug.length < 2) throw badRequest('Give the workspace a name with letters or digits, or a slug.');
  try {
    return await db.prisma.$transaction(async (tx) => {
      const row = await tx.workspace.create({
        data: {
          slug,
          name: input.name,
          description: input.description ?? '',
          ...(input.defaultCompatibility ? { defaultCompatibility: input.defaultCompatibility } : {}),
        },
      });
      const userId = principal.kind === 'user' ? principal.userId : null;
      if (userId) await tx.membership.create({ data: { workspaceId: row.id, userId, role: 'owner' } });
      const actor: Actor = { principal, workspaceId: row.id, role: 'owner', userId, name: principal.name };
      await appendChange(tx, actor, { action: 'create', entityType: 'workspace', entityId: row.id, entityName: row.name, after: toWorkspace(row) });
      return toWorkspace(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A workspace with slug "${slug}" already exists.`, { field: 'slug' });
    throw error;
  }
}

/** The workspaces a principal may open, for the home page and `GET /api/v1/workspaces`. */
export async function listWorkspaces(db: Database, principal: Principal): Promise<Array<Workspace & { role: string }>> {
  if (principal.kind === 'token') {
    const row = await db.prisma.workspace.findUniqueOrThrow({ where: { id: principal.workspaceId } });
    return [{ ...toWorkspace(row), role: principal.role }];
  }
  if (principal.kind === 'local') {
    const rows = await db.prisma.workspace.findMany({ orderBy: { name: 'asc' } });
    return rows.map((r) => ({ ...toWorkspace(r), role: 'owner' }));
  }
  const memberships = await db.prisma.membership.findMany({
    where: { userId: principal.userId },
    include: { workspace: true },
    orderBy: { workspace: { name: 'asc' } },
  });
  return memberships.map((m) => ({ ...toWorkspace(m.workspace), role: m.role }));
}
