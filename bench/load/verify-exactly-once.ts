/**
 * After the load: every acknowledged publish (201) is stored exactly once, with the
 * id, number and label it returned; version numbers per event are 1..n without gaps or
 * duplicates; the seeded versions are intact; nothing else was stored, except requests
 * whose answer the load generator never read (cut off at the end, or timed out), which
 * are reported apart; and the change log has one `publish` entry per stored publish.
 */
import pg from 'pg';
import type { SeededEvent } from '../seed-scale';
import type { PublishLedger } from './traffic';

export interface ExactlyOnceReport {
  events: number;
  storedVersions: number;
  acceptedResponses: number;
  /** Stored publishes the generator never saw answered (cut off at the end of a phase). */
  storedUnanswered: number;
  violations: string[];
}

interface Row {
  id: string;
  eventId: string;
  number: number;
  label: string;
  schema: string;
}

/**
 * @example const report = await verifyExactlyOnce(tmp.url, fixtures.seed.workspaceId, fixtures.seed.events, ledger);
 */
export async function verifyExactlyOnce(databaseUrl: string, workspaceId: string, seeded: SeededEvent[], ledger: PublishLedger): Promise<ExactlyOnceReport> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const rows = (await client.query<Row>('SELECT id, "eventId", number, label, schema FROM "EventVersion" WHERE "workspaceId" = $1 ORDER BY "eventId", number', [workspaceId])).rows;
    const publishLog = (await client.query<{ entityId: string }>(`SELECT "entityId" FROM "ChangeLog" WHERE "workspaceId" = $1 AND action = 'publish'`, [workspaceId])).rows;
    return check(rows, publishLog.map((r) => r.entityId), seeded, ledger);
  } finally {
    await client.end();
  }
}

function addedFields(previous: Row | undefined, row: Row): string[] {
  const props = (text: string) => Object.keys((JSON.parse(text) as { properties?: Record<string, unknown> }).properties ?? {});
  const before = new Set(previous ? props(previous.schema) : []);
  return props(row.schema).filter((p) => !before.has(p));
}

function check(rows: Row[], publishLogIds: string[], seeded: SeededEvent[], ledger: PublishLedger): ExactlyOnceReport {
  const violations: string[] = [];
  const note = (message: string) => {
    if (violations.length < 50) violations.push(message);
  };
  const byEvent = new Map<string, Row[]>();
  for (const row of rows) byEvent.set(row.eventId, [...(byEvent.get(row.eventId) ?? []), row]);
  const seededIds = new Map(seeded.map((s) => [s.id, s]));
  if (byEvent.size !== seeded.length) note(`${byEvent.size} events have versions; ${seeded.length} were seeded`);

  const acceptedById = new Map<string, (typeof ledger.accepted)[number]>();
  const acceptedByField = new Map<string, (typeof ledger.accepted)[number]>();
  const numberKeys = new Set<string>();
  for (const a of ledger.accepted) {
    if (acceptedById.has(a.id)) note(`version id ${a.id} was returned by two 201 responses`);
    acceptedById.set(a.id, a);
    acceptedByField.set(a.field, a);
    const key = `${a.eventId}#${a.number}`;
    if (numberKeys.has(key)) note(`${a.event} number ${a.number} was returned by two 201 responses`);
    numberKeys.add(key);
  }

  const storedIds = new Set<string>();
  const fieldsStored = new Map<string, string>();
  let storedUnanswered = 0;
  for (const [eventId, versions] of byEvent) {
    const event = seededIds.get(eventId);
    if (!event) {
      note(`versions stored for an event that was not seeded: ${eventId}`);
      continue;
    }
    versions.forEach((v, index) => {
      storedIds.add(v.id);
      if (v.number !== index + 1) note(`${event.name}: version numbers are not 1..n (position ${index + 1} holds ${v.number})`);
      if (v.number === 1) {
        if (v.id !== event.versionId) note(`${event.name}: version 1 is not the seeded one`);
        return;
      }
      if (v.label !== String(v.number)) note(`${event.name}: version ${v.number} has label "${v.label}"`);
      const added = addedFields(versions[index - 1], v);
      const accepted = acceptedById.get(v.id);
      if (added.length !== 1) note(`${event.name} v${v.number}: adds ${added.length} fields to v${v.number - 1}, expected exactly one`);
      for (const field of added) {
        if (fieldsStored.has(field)) note(`the publish adding "${field}" is stored twice (${fieldsStored.get(field)} and ${v.id})`);
        fieldsStored.set(field, v.id);
      }
      if (accepted) {
        if (accepted.eventId !== eventId || accepted.number !== v.number || accepted.label !== v.label) {
          note(`${event.name}: 201 said ${accepted.event} #${accepted.number} "${accepted.label}", stored #${v.number} "${v.label}"`);
        }
        if (!added.includes(accepted.field)) note(`${event.name} v${v.number}: stored schema is not the one the 201 acknowledged`);
      } else if (added.length === 1 && ledger.unanswered.has(added[0]!)) {
        storedUnanswered += 1;
      } else {
        note(`${event.name} v${v.number} (${v.id}) is stored but no request was acknowledged for it`);
      }
    });
  }
  for (const a of ledger.accepted) if (!storedIds.has(a.id)) note(`acknowledged ${a.event} #${a.number} (${a.id}) is not stored`);
  for (const field of acceptedByField.keys()) if (!fieldsStored.has(field)) note(`acknowledged field ${field} is in no stored schema`);

  const published = rows.filter((r) => r.number > 1);
  const logIds = new Set(publishLogIds);
  if (publishLogIds.length !== published.length) note(`change log has ${publishLogIds.length} publish entries for ${published.length} stored publishes`);
  for (const r of published) if (!logIds.has(r.id)) note(`stored publish ${r.id} has no change-log entry`);

  return { events: byEvent.size, storedVersions: rows.length, acceptedResponses: ledger.accepted.length, storedUnanswered, violations };
}
