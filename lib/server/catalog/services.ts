import type { CatalogQuery, ServiceInput } from '@/lib/contracts/catalog-inputs';
import type { Service } from '@/lib/domain/model';
import type { Actor } from '../actor';
import { requireRole } from '../actor';
import { appendChange } from '../change-log';
import type { Database, Tx } from '../db';
import { conflict, isUniqueViolation } from '../errors';
import { toService } from '../mappers';
import { guardedUpdate } from './optimistic-update';
import { domainIdFor, findService } from './refs';
import { catalogFilter } from './search-filter';

export async function listServices(db: Database, actor: Actor, query: CatalogQuery): Promise<{ items: Service[]; total: number }> {
  const where = { workspaceId: actor.workspaceId, ...catalogFilter(query) };
  const [rows, total] = await Promise.all([
    db.prisma.service.findMany({ where, orderBy: { name: 'asc' }, take: query.limit, skip: query.offset }),
    db.prisma.service.count({ where }),
  ]);
  return { items: rows.map(toService), total };
}

export async function createService(db: Database, actor: Actor, input: ServiceInput): Promise<Service> {
  return db.prisma.$transaction((tx) => insertService(tx, actor, input));
}

/** Creates inside the caller's transaction (e.g. a flow edit that creates and places in one go). */
export async function insertService(tx: Tx, actor: Actor, input: ServiceInput): Promise<Service> {
  requireRole(actor, 'editor');
  try {
    const row = await tx.service.create({
      data: {
        workspaceId: actor.workspaceId,
        name: input.name,
        description: input.description,
        owner: input.owner,
        repositoryUrl: input.repositoryUrl ?? null,
        tags: input.tags,
        extras: (input.extras ?? {}) as object,
        domainId: (await domainIdFor(tx, actor, input.domain)) ?? null,
      },
    });
    await appendChange(tx, actor, { action: 'create', entityType: 'service', entityId: row.id, entityName: row.name, after: toService(row) });
    return toService(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A service named "${input.name}" already exists.`, { field: 'name' });
    throw error;
  }
}

export async function updateService(
  db: Database,
  actor: Actor,
  ref: string,
  patch: Partial<ServiceInput> & { expectedVersion: number },
): Promise<Service> {
  requireRole(actor, 'editor');
  try {
    return await db.prisma.$transaction(async (tx) => {
      const before = await findService(tx, actor.workspaceId, ref);
      const { expectedVersion, domain, extras, ...fields } = patch;
      const row = await guardedUpdate(
        async () =>
          tx.service.updateMany({
            where: { id: before.id, version: expectedVersion },
            data: {
              ...fields,
              ...(extras !== undefined ? { extras: extras as object } : {}),
              ...(domain !== undefined ? { domainId: await domainIdFor(tx, actor, domain) } : {}),
              version: { increment: 1 },
            },
          }),
        () => tx.service.findUniqueOrThrow({ where: { id: before.id } }),
        `Service "${before.name}"`,
        expectedVersion,
        toService,
      );
      await appendChange(tx, actor, { action: 'update', entityType: 'service', entityId: row.id, entityName: row.name, before: toService(before), after: toService(row) });
      return toService(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`A service named "${patch.name}" already exists.`, { field: 'name' });
    throw error;
  }
}

export async function deleteService(db: Database, actor: Actor, ref: string): Promise<void> {
  requireRole(actor, 'editor');
  await db.prisma.$transaction(async (tx) => {
    const row = await findService(tx, actor.workspaceId, ref);
    await tx.flowNode.deleteMany({ where: { kind: 'service', refId: row.id } });
    await tx.service.delete({ where: { id: row.id } });
    await appendChange(tx, actor, { action: 'delete', entityType: 'service', entityId: row.id, entityName: row.name, before: toService(row) });
  });
}
