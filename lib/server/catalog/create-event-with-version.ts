import type { EventInput, VersionInput } from '@/lib/contracts/catalog-inputs';
import type { CatalogEvent, EventVersion } from '@/lib/domain/model';
import type { Actor } from '../actor';
import { requireRole } from '../actor';
import { appendChange } from '../change-log';
import type { Database } from '../db';
import { formatToRow, toVersion } from '../mappers';
import { insertEvent } from './events';
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
  return db.prisma.$transaction(async (tx) => {
    const event = await insertEvent(tx, actor, input);
    const label = first.label ?? '1';
    // Nothing to compare against yet, but the stored review keeps every version's record alike.
    const review = await reviewCandidate(tx, { id: event.id }, first);
    const version = await tx.eventVersion.create({
      data: {
        workspaceId: actor.workspaceId,
        eventId: event.id,
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
      entityName: `${event.name}@${label}`,
      after: { event: event.name, number: 1, label, format: first.format, mode: review.mode, compatible: review.compatible },
    });
    return { event, version: toVersion(version) };
  });
}
