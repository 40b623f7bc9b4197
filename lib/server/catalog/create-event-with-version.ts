import type { EventInput, VersionInput } from '@/lib/contracts/catalog-inputs';
import type { CatalogEvent, EventVersion } from '@/lib/domain/model';
import type { Actor } from '../actor';
import { requireRole } from '../actor';
import { appendChange } from '../change-log';
import type { Database } from '../db';
import { conflict, isUniqueViolation } from '../errors';
import { formatToRow, toEvent, toVersion } from '../mappers';
import { channelIdFor, domainIdFor } from './refs';
import { reviewCandidate } from './review-candidate';
import { assertSchemaAndExamples } from './versions';

/**
 * Creates an event together with its first schema version, all or nothing: the
 * schema and examples are checked before anything is written, and both rows land
 * in one transaction, so a failure leaves no schema-less event behind.
 *
 * @example
 * const { event, version } = await createEventWithVersion(db, actor,
 *   { name: 'OrderPlaced', kind: 'event', summary: '', description: '', owner: 'orders', tags: [], status: 'draft' },
 *   { format: 'json-schema', schema: '{"type":"object"}', examples: [{}] });
 */
export async function createEventWithVersion(
  db: Database,
  actor: Actor,
  input: EventInput,
  first: Omit<VersionInput, 'force'>,
): Promise<{ event: CatalogEvent; version: EventVersion }> {
  requireRole(actor, 'editor');
  assertSchemaAndExamples(first);
  const { channel, domain, extras, correlationId, ...fields } = input;
  try {
    return await db.prisma.$transaction(async (tx) => {
      const row = await tx.event.create({
        data: {
          ...fields,
          workspaceId: actor.workspaceId,
          name: input.name,
          ...(extras !== undefined ? { extras: extras as object } : {}),
          ...(correlationId ? { correlationId } : {}),
          channelId: (await channelIdFor(tx, actor.workspaceId, channel)) ?? null,
          domainId: (await domainIdFor(tx, actor, domain)) ?? null,
        },
      });
      await appendChange(tx, actor, { action: 'create', entityType: 'event', entityId: row.id, entityName: row.name, after: toEvent(row) });
      const label = first.label ?? '1';
      // Nothing to compare against yet, but the stored review keeps every version's record alike.
      const review = await reviewCandidate(tx, row.id, first);
      const version = await tx.eventVersion.create({
        data: {
          workspaceId: actor.workspaceId,
          eventId: row.id,
          number: 1,
          label,
          format: formatToRow(first.format),
          schema: first.schema,
          examples: first.examples as object[],
          createdById: actor.userId,
          createdByName: actor.name,
          compatibilityReport: JSON.parse(JSON.stringify(review)) as object,
        },
      });
      await appendChange(tx, actor, {
        action: 'publish',
        entityType: 'version',
        entityId: version.id,
        entityName: `${row.name}@${label}`,
        after: { event: row.name, number: 1, label, format: first.format },
      });
      return { event: toEvent(row), version: toVersion(version) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`An event named "${input.name}" already exists.`, { field: 'name' });
    throw error;
  }
}
