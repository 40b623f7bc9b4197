import type { VersionInput } from '@/lib/contracts/catalog-inputs';
import type { EventVersion } from '@/lib/domain/model';
import { compilePayloadValidator, InvalidSchemaTextError } from '@/lib/domain/schemas/payload-validator';
import type { Actor } from '../actor';
import { requireRole } from '../actor';
import { appendChange } from '../change-log';
import type { Database, Tx } from '../db';
import { conflict, unprocessable } from '../errors';
import { formatToRow, toVersion } from '../mappers';
import { findEvent } from './refs';
import { loadReviewInputs, reviewCandidate, reviewWith, type CandidateReview } from './review-candidate';

export async function listVersions(db: Database, actor: Actor, eventRef: string): Promise<EventVersion[]> {
  const event = await findEvent(db.prisma, actor.workspaceId, eventRef);
  const rows = await db.prisma.eventVersion.findMany({ where: { eventId: event.id }, orderBy: { number: 'asc' } });
  return rows.map(toVersion);
}

export async function getVersion(db: Database, actor: Actor, eventRef: string, versionRef: string): Promise<EventVersion> {
  const event = await findEvent(db.prisma, actor.workspaceId, eventRef);
  const byNumber = /^\d+$/.test(versionRef) ? { number: Number(versionRef) } : { label: versionRef };
  const row = await db.prisma.eventVersion.findFirst({ where: { eventId: event.id, OR: [byNumber, { label: versionRef }] } });
  if (!row) throw unprocessable(`Event "${event.name}" has no version "${versionRef}".`);
  return toVersion(row);
}

/**
 * Checks a candidate schema on its own: it must compile, and every example must
 * validate against it. Returns the problems as 422 details.
 */
export function assertSchemaAndExamples(input: Pick<VersionInput, 'format' | 'schema' | 'examples'>): void {
  let validate;
  try {
    validate = compilePayloadValidator(input.format, input.schema);
  } catch (error) {
    if (error instanceof InvalidSchemaTextError) throw unprocessable(error.message, { field: 'schema' });
    throw error;
  }
  const failures = input.examples
    .map((example, index) => ({ index, check: validate(example) }))
    .filter((f) => !f.check.valid)
    .map((f) => ({ field: `examples/${f.index}`, errors: f.check.errors }));
  if (failures.length > 0) {
    throw unprocessable(`${failures.length} example payload(s) do not validate against the schema.`, { examples: failures });
  }
}

/** What publishing would decide, without storing anything (the "propose version" preview). */
export async function proposeVersion(db: Database, actor: Actor, eventRef: string, input: VersionInput): Promise<CandidateReview> {
  requireRole(actor, 'viewer');
  assertSchemaAndExamples(input);
  const event = await findEvent(db.prisma, actor.workspaceId, eventRef);
  return reviewCandidate(db.prisma, event.id, input);
}

/** How often a publish re-reviews when another publish to the same event landed first. */
const PUBLISH_ATTEMPTS = 5;

/** Another publish landed between our review and our write: review again against the new history. */
class StaleReview extends Error {}

/**
 * Publishes a new immutable version of an event after the compatibility check under
 * the event's mode: an incompatible candidate is refused with 409 and the review,
 * unless an owner forces it with a reason (kept in the change log).
 *
 * The check runs outside the transaction (it is CPU work), and the short write
 * transaction locks the event row and confirms no other version landed meanwhile,
 * so numbers stay strictly sequential without holding a connection during the check.
 */
export async function publishVersion(db: Database, actor: Actor, eventRef: string, input: VersionInput): Promise<EventVersion> {
  requireRole(actor, 'editor');
  if (input.force) requireRole(actor, 'owner');
  assertSchemaAndExamples(input);
  const event = await findEvent(db.prisma, actor.workspaceId, eventRef);
  for (let attempt = 1; attempt <= PUBLISH_ATTEMPTS; attempt++) {
    const inputs = await loadReviewInputs(db.prisma, event.id);
    const review = reviewWith(inputs, input);
    if (!review.compatible && !input.force) {
      throw conflict(`The candidate is not ${review.mode} compatible with "${event.name}"; nothing was published.`, review);
    }
    const seen = inputs.versions.at(-1)?.number ?? 0;
    try {
      return await db.prisma.$transaction(async (tx) => {
        await lockEvent(tx, event.id);
        const latest = await tx.eventVersion.findFirst({ where: { eventId: event.id }, orderBy: { number: 'desc' }, select: { number: true } });
        if ((latest?.number ?? 0) !== seen) throw new StaleReview();
        const number = seen + 1;
        const label = input.label ?? String(number);
        if (inputs.versions.some((v) => v.label === label)) {
          throw conflict(`Event "${event.name}" already has a version "${label}".`, { field: 'label' });
        }
        const row = await tx.eventVersion.create({
          data: {
            workspaceId: actor.workspaceId,
            eventId: event.id,
            number,
            label,
            format: formatToRow(input.format),
            schema: input.schema,
            examples: input.examples as object[],
            createdById: actor.userId,
            createdByName: actor.name,
            compatibilityReport: JSON.parse(JSON.stringify(review)) as object,
          },
        });
        await appendChange(tx, actor, {
          action: input.force ? 'force-publish' : 'publish',
          entityType: 'version',
          entityId: row.id,
          entityName: `${event.name}@${label}`,
          after: { event: event.name, number, label, format: input.format, mode: review.mode, compatible: review.compatible },
          reason: input.force?.reason,
        });
        return toVersion(row);
      });
    } catch (error) {
      if (!(error instanceof StaleReview)) throw error;
    }
  }
  throw conflict(`"${event.name}" is being published to by others right now; try again.`);
}

export async function lockEvent(tx: Tx, eventId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
}
