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
import { reviewCandidate, type CandidateReview } from './review-candidate';

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

/**
 * Publishes a new immutable version of an event after the compatibility check under
 * the event's mode: an incompatible candidate is refused with 409 and the review,
 * unless an owner forces it with a reason (kept in the change log). Concurrent
 * publishes of one event queue on a row lock, so numbers are strictly sequential.
 */
export async function publishVersion(db: Database, actor: Actor, eventRef: string, input: VersionInput): Promise<EventVersion> {
  requireRole(actor, 'editor');
  if (input.force) requireRole(actor, 'owner');
  assertSchemaAndExamples(input);
  return db.prisma.$transaction(async (tx) => {
    const event = await findEvent(tx, actor.workspaceId, eventRef);
    await lockEvent(tx, event.id);
    const review = await reviewCandidate(tx, event.id, input);
    if (!review.compatible && !input.force) {
      throw conflict(
        `The candidate is not ${review.mode} compatible with "${event.name}"; nothing was published.`,
        review,
      );
    }
    const latest = await tx.eventVersion.findFirst({ where: { eventId: event.id }, orderBy: { number: 'desc' } });
    const number = (latest?.number ?? 0) + 1;
    const label = input.label ?? String(number);
    if (await tx.eventVersion.findUnique({ where: { eventId_label: { eventId: event.id, label } } })) {
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
}

export async function lockEvent(tx: Tx, eventId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
}
