import type { VersionInput } from '@/lib/contracts/catalog-inputs';
import { checkCompatibility, InvalidSchemaError, SchemaTooComplexError } from '@/lib/domain/compatibility';
import type { EventVersion } from '@/lib/domain/model';
import { assertSchemaText, compilePayloadValidator, InvalidSchemaTextError } from '@/lib/domain/schemas/payload-validator';
import type { Actor } from '../actor';
import { requireRole } from '../actor';
import type { Database, Tx } from '../db';
import { conflict, unprocessable } from '../errors';
import { toVersion } from '../mappers';
import { appendVersion } from './version-append';
import { findEvent } from './refs';
import { loadReviewInputs, reviewWith, type CandidateReview } from './review-candidate';
import { reviewVersionCacheFor } from './review-version-cache';

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
    if (input.examples.length === 0) {
      // Nothing to validate, so no validator to compile (milliseconds): the meta-schema check plus
      // the compatibility checker's parse (which resolves every $ref) prove the schema usable.
      assertSchemaText(input.format, input.schema);
      checkCompatibility({ format: input.format, mode: 'NONE', previous: [], candidate: input.schema });
      return;
    }
    validate = compilePayloadValidator(input.format, input.schema);
  } catch (error) {
    if (error instanceof InvalidSchemaTextError || error instanceof InvalidSchemaError || error instanceof SchemaTooComplexError) {
      throw unprocessable(error.message, { field: 'schema' });
    }
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
  // One joined read finds the event and everything the review needs.
  return reviewWith(await loadReviewInputs(db.direct, { workspaceId: actor.workspaceId, ref: eventRef }, reviewVersionCacheFor(db)), input);
}

/** How often a publish re-reviews when another publish to the same event landed first. */
const PUBLISH_ATTEMPTS = 5;

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
  let eventId: string | undefined;
  for (let attempt = 1; attempt <= PUBLISH_ATTEMPTS; attempt++) {
    // The first read finds the event by id or name; retries re-read it by id.
    const inputs = await loadReviewInputs(db.direct, eventId === undefined ? { workspaceId: actor.workspaceId, ref: eventRef } : { id: eventId }, reviewVersionCacheFor(db));
    eventId = inputs.eventId;
    const review = reviewWith(inputs, input);
    if (!review.compatible && !input.force) {
      throw conflict(`The candidate is not ${review.mode} compatible with "${inputs.eventName}"; nothing was published.`, review);
    }
    const seen = inputs.versions.at(-1)?.number ?? 0;
    const label = input.label ?? String(seen + 1);
    if (inputs.versions.some((v) => v.label === label)) {
      throw conflict(`Event "${inputs.eventName}" already has a version "${label}".`, { field: 'label' });
    }
    const outcome = await appendVersion(db, actor, {
      eventId,
      eventName: inputs.eventName,
      seen,
      label,
      format: input.format,
      schema: input.schema,
      examples: input.examples,
      report: review,
      after: { event: inputs.eventName, number: seen + 1, label, format: input.format, mode: review.mode, compatible: review.compatible },
      reason: input.force?.reason,
    });
    if ('stored' in outcome) return toVersion(outcome.stored);
    // A label taken meanwhile is only a conflict if no other version landed: re-review decides.
    if ('labelTaken' in outcome && input.label !== undefined) {
      throw conflict(`Event "${inputs.eventName}" already has a version "${label}".`, { field: 'label' });
    }
  }
  throw conflict(`"${eventRef}" is being published to by others right now; try again.`);
}

export async function lockEvent(tx: Tx, eventId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
}
