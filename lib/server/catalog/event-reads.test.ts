import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventVersion } from '@/lib/domain/model';
import { seedCatalogs } from '@/lib/domain/seed';
import { freshWorkspace, openTestDatabase, STORES } from '@/tests/databases';
import { Prisma } from '../generated/prisma/client.ts';
import type { Actor } from '../actor';
import type { Database } from '../db';
import { toChannel, toConsumer, toEvent, toProducer, toService, toVersion } from '../mappers';
import { listItemHistory } from '../history';
import { applyCatalogDocument } from './apply-catalog-document';
import { getEventPage, VERSIONS_SHOWN_IN_FULL } from './event-page-read';
import { historyColumn } from './event-reads';
import { getEventDetail } from './events';
import { refWhere } from './refs';
import { loadReviewInputs } from './review-candidate';
import { publishVersion } from './versions';

/** The Prisma queries the raw statements replaced: the reference they must reproduce exactly. */
async function prismaDetail(db: Database, actor: Actor, ref: string) {
  const row = await db.prisma.event.findFirst({
    where: refWhere(actor.workspaceId, ref),
    include: {
      channel: true,
      workspace: { select: { defaultCompatibility: true } },
      versions: { orderBy: { number: 'desc' } },
      producers: { include: { service: true }, orderBy: { service: { name: 'asc' } } },
      consumers: { include: { service: true, deadLetterChannel: { select: { name: true } } }, orderBy: { service: { name: 'asc' } } },
    },
  });
  return {
    event: toEvent(row!),
    channel: row!.channel ? toChannel(row!.channel) : null,
    versions: row!.versions.map(toVersion),
    producers: row!.producers.map((p) => ({ ...toProducer(p), service: toService(p.service) })),
    consumers: row!.consumers.map((c) => ({ ...toConsumer(c), service: toService(c.service), deadLetterChannel: c.deadLetterChannel?.name ?? null })),
    effectiveCompatibility: row!.compatibility ?? row!.workspace.defaultCompatibility,
  };
}

async function prismaReviewInputs(db: Database, actor: Actor, ref: string) {
  const event = await db.prisma.event.findFirst({
    where: refWhere(actor.workspaceId, ref),
    select: {
      id: true, name: true, compatibility: true,
      workspace: { select: { defaultCompatibility: true } },
      versions: { orderBy: { number: 'asc' }, select: { number: true, label: true, format: true, schema: true, examples: true } },
      consumers: { select: { fieldsRead: true, service: { select: { id: true, name: true } } } },
    },
  });
  return {
    eventId: event!.id,
    eventName: event!.name,
    mode: event!.compatibility ?? event!.workspace.defaultCompatibility,
    versions: event!.versions.map((v) => ({ number: v.number, label: v.label, format: v.format === 'json_schema' ? 'json-schema' : 'avro', schema: v.schema, examples: Array.isArray(v.examples) ? v.examples : [] })),
    consumers: event!.consumers.map((c) => ({ serviceId: c.service.id, serviceName: c.service.name, fieldsRead: c.fieldsRead })),
  };
}

const byService = (a: { serviceId: string }, b: { serviceId: string }) => a.serviceId.localeCompare(b.serviceId);

/** What the page keeps of a version it does not show in full. */
const header = ({ id, number, label, format, createdBy, createdAt }: EventVersion) => ({ id, number, label, format, createdBy, createdAt });

describe.each(STORES)('raw event reads on %s', (store) => {
  let db: Database;
  let cleanup: () => Promise<void>;
  let actor: Actor;
  let names: string[];
  /** The event with a forced publish on top of its seeded versions. */
  let forced: string;
  beforeAll(async () => {
    ({ db, cleanup } = await openTestDatabase(store));
    actor = await freshWorkspace(db);
    const document = seedCatalogs[0]!.document;
    await applyCatalogDocument(db, actor, document);
    names = document.events.map((e) => e.name);
    // A forced publish stores a report with changes; a plain one an empty report.
    const first = document.events.find((e) => e.versions.length > 0 && e.versions[0]!.format === 'json-schema')!;
    forced = first.name;
    await publishVersion(db, actor, first.name, { format: 'json-schema', schema: '{"type":"string"}', examples: [], force: { reason: 'test' } });
  });
  afterAll(async () => cleanup?.());

  it("answers every seeded event's detail exactly as the Prisma query did, by name and by id", async () => {
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      const expected = await prismaDetail(db, actor, name);
      expect(await getEventDetail(db, actor, name), name).toEqual(expected);
      expect(await getEventDetail(db, actor, expected.event.id), name).toEqual(expected);
    }
  });

  it("reads an event's page, History included, in one statement: the detail plus what listItemHistory finds", async () => {
    for (const name of names) {
      const detail = await getEventDetail(db, actor, name);
      const items = [{ entityType: 'event', entityId: detail.event.id }, ...detail.versions.map((v) => ({ entityType: 'version', entityId: v.id }))];
      const { history, olderVersions, ...rest } = await getEventPage(db, actor, name, 8);
      expect(rest, name).toEqual({ ...detail, versions: detail.versions.slice(0, VERSIONS_SHOWN_IN_FULL) });
      expect(olderVersions, name).toEqual(detail.versions.slice(VERSIONS_SHOWN_IN_FULL).map(header));
      expect(history, name).toEqual(await listItemHistory(db, actor, items, 8));
      expect(history.length, name).toBeGreaterThan(0);
    }
    // The forced publish's event has more changes than a short limit: the newest come first.
    const detail = await getEventDetail(db, actor, forced);
    const items = [{ entityType: 'event', entityId: detail.event.id }, ...detail.versions.map((v) => ({ entityType: 'version', entityId: v.id }))];
    expect((await getEventPage(db, actor, forced, 1)).history).toEqual(await listItemHistory(db, actor, items, 1));
  });

  it('reads only the newest versions of an event in full, and the older ones as headers, newest first', async () => {
    let split = 0;
    for (const name of names) {
      const detail = await getEventDetail(db, actor, name);
      for (const full of [0, 1, 2]) {
        const page = await getEventPage(db, actor, name, 8, full);
        expect(page.versions, name).toEqual(detail.versions.slice(0, full));
        expect(page.olderVersions, name).toEqual(detail.versions.slice(full).map(header));
        if (page.versions.length > 0 && page.olderVersions.length > 0) split += 1;
      }
    }
    expect(split).toBeGreaterThan(0);
  });

  it("reads an event's History through the change log's (workspaceId, entityType, entityId) index, for the event and for its versions", async () => {
    const detail = await getEventDetail(db, actor, forced);
    // A workspace with a long log of other items' changes (where reading the log backwards by id,
    // filtering as it goes, took 17 ms on 300k changes), with fresh statistics.
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO "ChangeLog" ("workspaceId", "action", "entityType", "entityId") SELECT $1, 'update', 'service', 'service-' || (n % 500) FROM generate_series(1, 20000) n`,
      actor.workspaceId,
    );
    await db.prisma.$executeRawUnsafe('ANALYZE "ChangeLog"');
    const statement = Prisma.sql`SELECT ${historyColumn(8)} AS "history" FROM "Event" e WHERE e."id" = ${detail.event.id}`;
    const plan = await db.prisma.$queryRawUnsafe<Array<{ 'QUERY PLAN': unknown }>>(`EXPLAIN (FORMAT JSON) ${statement.text}`, ...statement.values);
    const changeLogScans: string[] = [];
    const walk = (node: { 'Relation Name'?: string; 'Node Type'?: string; 'Index Name'?: string; Plans?: unknown[] }) => {
      if (node['Relation Name'] === 'ChangeLog') changeLogScans.push(`${node['Node Type']} ${node['Index Name'] ?? ''}`.trim());
      for (const child of node.Plans ?? []) walk(child as typeof node);
    };
    walk((plan[0]!['QUERY PLAN'] as Array<{ Plan: Parameters<typeof walk>[0] }>)[0]!.Plan);
    expect(changeLogScans).toHaveLength(2);
    for (const scan of changeLogScans) expect(scan).toMatch(/Index.*Scan ChangeLog_workspaceId_entityType_entityId_idx/);
  });

  it("reads every seeded event's review inputs exactly as the Prisma query did", async () => {
    for (const name of names) {
      const expected = await prismaReviewInputs(db, actor, name);
      const actual = await loadReviewInputs(db.prisma, { workspaceId: actor.workspaceId, ref: name });
      expect({ ...actual, consumers: [...actual.consumers].sort(byService) }, name).toEqual({ ...expected, consumers: [...expected.consumers].sort(byService) });
      expect((await loadReviewInputs(db.prisma, { id: expected.eventId })).versions).toEqual(expected.versions);
    }
  });

  it("finds nothing of another workspace's, by name or id", async () => {
    const other = await freshWorkspace(db);
    const id = (await prismaDetail(db, actor, names[0]!)).event.id;
    await expect(getEventDetail(db, other, names[0]!)).rejects.toMatchObject({ status: 404 });
    await expect(getEventDetail(db, other, id)).rejects.toMatchObject({ status: 404 });
    await expect(getEventPage(db, other, id, 8)).rejects.toMatchObject({ status: 404 });
    await expect(loadReviewInputs(db.prisma, { workspaceId: other.workspaceId, ref: id })).rejects.toMatchObject({ status: 404 });
  });
});
