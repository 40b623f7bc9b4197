import { randomUUID } from 'node:crypto';
import type { SchemaFormat } from '@/lib/domain/model';
import type { Actor } from '../actor';
import { CHANGE_CHANNEL } from '../change-log';
import type { Database } from '../db';
import type { EventVersion as VersionRow } from '../generated/prisma/client.ts';
import { versionRow, type JsonVersion } from './event-reads';

export interface VersionAppend {
  eventId: string;
  eventName: string;
  /** The latest version number the review saw; the row is written only if it is still the latest. */
  seen: number;
  label: string;
  format: SchemaFormat;
  schema: string;
  examples: unknown[];
  report: unknown;
  /** The change-log entry's `after` and, for forced publishes, the owner's reason. */
  after: unknown;
  reason?: string;
}

/** Why an append wrote nothing: another publish landed after the review, or the label is taken. */
export type AppendOutcome = { stored: VersionRow } | { stale: true } | { labelTaken: true };

/**
 * Appends version `seen + 1` with its change-log entry and NOTIFY in ONE statement (its own
 * transaction): one round trip instead of seven. Sequential numbers come from the database:
 * the insert happens only while `seen` is still the latest, and the unique (eventId, number)
 * index turns a concurrent twin into a violation, reported as stale so the caller re-reviews.
 * The ChangeLog row and NOTIFY payload mirror appendChange (change-log.ts): keep them in step.
 */
export async function appendVersion(db: Database, actor: Actor, input: VersionAppend): Promise<AppendOutcome> {
  const id = randomUUID();
  const number = input.seen + 1;
  const action = input.reason !== undefined ? 'force-publish' : 'publish';
  let rows: Array<{ version: JsonVersion }>;
  try {
    // Its own transaction, so it can go straight to the pool (db.direct).
    rows = await db.direct.$queryRaw`
      WITH locked AS (
        -- Serialises with other writers that lock the event (imports); also: no event, no row.
        SELECT "id" FROM "Event" WHERE "id" = ${input.eventId} FOR UPDATE
      ), latest AS (
        SELECT coalesce(max("number"), 0) AS n FROM "EventVersion" WHERE "eventId" = ${input.eventId}
      ), inserted AS (
        INSERT INTO "EventVersion" ("id", "workspaceId", "eventId", "number", "label", "format", "schema", "examples", "createdById", "createdByName", "compatibilityReport")
        SELECT ${id}, ${actor.workspaceId}, ${input.eventId}, ${number}, ${input.label}, ${input.format}::"SchemaFormat", ${input.schema},
               ${JSON.stringify(input.examples)}::jsonb, ${actor.userId}, ${actor.name}, ${JSON.stringify(input.report)}::jsonb
        FROM latest, locked WHERE latest.n = ${input.seen}
        RETURNING *
      ), logged AS (
        INSERT INTO "ChangeLog" ("workspaceId", "actorId", "actorName", "action", "entityType", "entityId", "entityName", "after", "reason")
        SELECT "workspaceId", ${actor.userId}, ${actor.name}, ${action}, 'version', "id", ${`${input.eventName}@${input.label}`},
               ${JSON.stringify(input.after)}::jsonb, ${input.reason ?? null}
        FROM inserted
        RETURNING "id", "workspaceId"
      )
      SELECT to_jsonb(inserted) AS "version", pg_notify(${CHANGE_CHANNEL}, json_build_object('workspaceId', logged."workspaceId", 'id', logged."id"::text)::text)::text AS notified
      FROM inserted, logged`;
  } catch (error) {
    const violated = uniqueIndexViolated(error);
    if (violated === 'label') return { labelTaken: true };
    if (violated === 'number') return { stale: true };
    throw error;
  }
  const row = rows[0];
  if (!row) return { stale: true };
  // As jsonb, mapped like the event reads' versions (Prisma's enum name, the UTC timestamp).
  return { stored: versionRow(row.version) };
}

/** Which of EventVersion's unique indexes a failed raw insert hit, if any. */
function uniqueIndexViolated(error: unknown): 'number' | 'label' | null {
  const text = error instanceof Error ? `${error.message} ${JSON.stringify((error as { meta?: unknown }).meta ?? '')}` : '';
  if (!/23505|unique constraint|UniqueConstraintViolation/i.test(text)) return null;
  if (/eventId_label/.test(text)) return 'label';
  return /eventId_number/.test(text) ? 'number' : null;
}
