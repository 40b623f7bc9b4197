import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCatalog, TAGS } from '@/bench/load/catalog-generator';
import { mulberry32, pick, type Random } from '@/bench/load/random';
import { CatalogQuerySchema, type CatalogQuery } from '@/lib/contracts/catalog-inputs';
import { seedCatalogs } from '@/lib/domain/seed';
import { freshWorkspace, openTestDatabase, STORES } from '@/tests/databases';
import type { Actor } from '../actor';
import type { Database } from '../db';
import { toEvent } from '../mappers';
import { applyCatalogDocument } from './apply-catalog-document';
import { eventListStatement } from './event-list-read';
import { listEvents } from './events';
import { catalogFilter } from './search-filter';

/** The Prisma queries the raw statement replaced: the reference it must reproduce exactly. */
async function prismaList(db: Database, actor: Actor, query: CatalogQuery) {
  const where = { workspaceId: actor.workspaceId, ...catalogFilter(query), ...(query.status ? { status: query.status } : {}) };
  const [rows, total] = await Promise.all([
    db.prisma.event.findMany({
      where,
      orderBy: { name: 'asc' },
      take: query.limit,
      skip: query.offset,
      include: { versions: { orderBy: { number: 'desc' }, take: 1, select: { label: true } } },
    }),
    db.prisma.event.count({ where }),
  ]);
  return { items: rows.map((r) => ({ ...toEvent(r), latestVersion: r.versions[0]?.label ?? null })), total };
}

/** Events whose text, tags and owners hold LIKE's special characters and mixed case. */
const EDGE_EVENTS = [
  { name: 'Discount_50%', summary: 'Half off: 50% for members_only', owner: 'Team 100% Growth', tags: ['promo', 'GDPR'] },
  { name: 'Path Escaped', summary: 'Stored under C:\\orders\\new, with a \\% literal', owner: 'team\\back', tags: ['windows'] },
  { name: 'Underscore_Only', summary: '_', owner: 'team_x', tags: ['under_score'] },
  { name: 'Percent', summary: '%', owner: 'TEAM-X', tags: [] },
  { name: 'Quote Event', summary: "It's \"quoted\"", owner: 'Team Orders', tags: ['order', 'pii'] },
  { name: 'ÜberGrößeBestellt', summary: 'Große Bestellung aufgegeben', owner: 'Team Ümlaut', tags: ['i18n'] },
];

/** Insert the edge events and a generated catalog, with 0-3 versions each (labels unlike their numbers' order). */
async function fillWorkspace(db: Database, actor: Actor) {
  await applyCatalogDocument(db, actor, seedCatalogs[0]!.document);
  const generated = generateCatalog({ events: 240, services: 12, domains: 8 });
  await db.prisma.event.createMany({
    data: [
      ...EDGE_EVENTS.map((e) => ({ ...e, workspaceId: actor.workspaceId, status: 'active' as const })),
      ...generated.events.map((e) => ({
        workspaceId: actor.workspaceId, name: e.name, kind: e.kind, status: e.status, compatibility: e.compatibility,
        owner: e.owner, tags: e.tags, summary: e.summary, description: e.description, partitionKey: e.partitionKey,
      })),
    ],
  });
  const events = await db.prisma.event.findMany({ where: { workspaceId: actor.workspaceId, versions: { none: {} } }, select: { id: true }, orderBy: { name: 'asc' } });
  await db.prisma.eventVersion.createMany({
    data: events.flatMap((e, i) =>
      Array.from({ length: i % 4 }, (_, n) => ({
        workspaceId: actor.workspaceId, eventId: e.id, number: n + 1, label: `${9 - n}.0.0`, format: 'json_schema' as const, schema: '{}',
      })),
    ),
  });
}

const TEXTS = [
  '', '   ', 'order', 'ORDER', 'Order.Placed', 'placed', 'e', 'xx', 'orders.order', 'was created in', 'placed the', 'pii', 'GDPR', 'gdpr',
  '%', '_', '\\', '50%', 't_5', 'members_', '\\%', 'c:\\orders', '%%', '_%_', "it's", '"quoted"', 'große', 'ÜBER', 'nothing-matches',
];
const OWNERS = ['Team Orders', 'team orders', 'TEAM-X', 'team_x', 'team%', 'Team 100% Growth', 'team\\back', 'team\\\\back', '_', 'Platform', 'nobody'];
const TAG_VALUES = [...TAGS.slice(0, 6), 'GDPR', 'promo', 'under_score', '%', 'missing'];
const STATUSES = ['draft', 'active', 'deprecated', 'retired'] as const;

/** A query as the route parses it from the URL. */
const parsed = (params: Record<string, string | undefined>) =>
  CatalogQuerySchema.parse(Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)));

function randomQuery(rng: Random): CatalogQuery {
  const maybe = <T,>(chance: number, value: () => T) => (rng() < chance ? value() : undefined);
  return parsed({
    q: maybe(0.6, () => pick(rng, TEXTS)),
    tag: maybe(0.25, () => pick(rng, TAG_VALUES)),
    owner: maybe(0.2, () => pick(rng, OWNERS)),
    status: maybe(0.3, () => pick(rng, STATUSES)),
    limit: maybe(0.8, () => String(pick(rng, [1, 2, 7, 50, 100, 500]))),
    offset: maybe(0.5, () => String(pick(rng, [0, 1, 3, 49, 120, 260, 10_000]))),
  });
}

describe.each(STORES)('event list read on %s', (store) => {
  let db: Database;
  let cleanup: () => Promise<void>;
  let actor: Actor;
  let other: Actor;
  let ownIds: Set<string>;
  beforeAll(async () => {
    ({ db, cleanup } = await openTestDatabase(store));
    actor = await freshWorkspace(db);
    other = await freshWorkspace(db);
    // The other workspace holds the same names, tags and owners: any leak would show.
    await fillWorkspace(db, actor);
    await fillWorkspace(db, other);
    ownIds = new Set((await db.prisma.event.findMany({ where: { workspaceId: actor.workspaceId }, select: { id: true } })).map((e) => e.id));
  }, 120_000);
  afterAll(async () => cleanup?.());

  async function expectParity(query: CatalogQuery, who: Actor = actor) {
    const expected = await prismaList(db, who, query);
    const actual = await listEvents(db, who, query);
    const label = JSON.stringify(query);
    expect(actual, label).toEqual(expected);
    // Same JSON, key order included: what the API sends.
    expect(JSON.stringify(actual), label).toBe(JSON.stringify(expected));
    return actual;
  }

  it('answers every single filter exactly as the Prisma queries did', async () => {
    expect(ownIds.size).toBeGreaterThan(250);
    for (const q of TEXTS) await expectParity(parsed({ q }));
    for (const tag of TAG_VALUES) await expectParity(parsed({ tag }));
    for (const owner of OWNERS) await expectParity(parsed({ owner }));
    for (const status of STATUSES) await expectParity(parsed({ status }));
    const all = await expectParity(parsed({ limit: '500' }));
    expect(all.items).toHaveLength(all.total);
  });

  it("filters by the owner's name literally, ignoring case: LIKE's wildcards in it match no one else", async () => {
    const owners = async (owner: string) => [...new Set((await listEvents(db, actor, parsed({ owner, limit: '500' }))).items.map((e) => e.owner))];
    expect(await owners('team%')).toEqual([]);
    expect(await owners('_')).toEqual([]);
    expect(await owners('TEAM_X')).toEqual(['team_x']);
    expect(await owners('team 100% growth')).toEqual(['Team 100% Growth']);
    expect(await owners('team\\back')).toEqual(['team\\back']);
    expect(await owners('team-x')).toEqual(['TEAM-X']);
  });

  it('pages by name with the limit bounds and any offset, the total ignoring the page', async () => {
    const whole = await expectParity(parsed({ limit: '500' }));
    for (const limit of ['1', '2', '50', '100', '500']) {
      for (const offset of ['0', '1', '99', String(whole.total - 1), String(whole.total), String(whole.total + 10)]) {
        const page = await expectParity(parsed({ limit, offset }));
        expect(page.total).toBe(whole.total);
        expect(page.items.map((e) => e.name)).toEqual(whole.items.slice(Number(offset), Number(offset) + Number(limit)).map((e) => e.name));
      }
    }
    expect(() => parsed({ limit: '0' })).toThrow();
    expect(() => parsed({ limit: '501' })).toThrow();
    expect(() => parsed({ offset: '-1' })).toThrow();
  });

  it('answers generated combinations of text, tag, owner, status, limit and offset exactly as before', async () => {
    const rng = mulberry32(7);
    for (let i = 0; i < 250; i++) {
      const page = await expectParity(randomQuery(rng));
      for (const item of page.items) expect(ownIds.has(item.id)).toBe(true);
    }
  });

  it('builds JSON and looks up the latest version for the page only, not for the rows an offset skips', async () => {
    const { text, values } = eventListStatement(actor.workspaceId, parsed({ limit: '2', offset: '200' }));
    const [row] = await db.prisma.$queryRawUnsafe<Array<{ 'QUERY PLAN': unknown }>>(`EXPLAIN (ANALYZE, FORMAT JSON) ${text}`, ...values);
    const versionLookups: number[] = [];
    const walk = (node: { 'Relation Name'?: string; 'Actual Loops'?: number; Plans?: unknown[] }) => {
      if (node['Relation Name'] === 'EventVersion') versionLookups.push(node['Actual Loops'] ?? 0);
      for (const child of node.Plans ?? []) walk(child as typeof node);
    };
    walk((row!['QUERY PLAN'] as Array<{ Plan: Parameters<typeof walk>[0] }>)[0]!.Plan);
    expect(versionLookups).toEqual([2]);
  });

  it("never returns another workspace's events, and finds nothing in an empty one", async () => {
    const empty = await freshWorkspace(db);
    const rng = mulberry32(11);
    for (let i = 0; i < 40; i++) {
      const query = randomQuery(rng);
      expect(await listEvents(db, empty, query)).toEqual({ items: [], total: 0 });
      const theirs = await expectParity(query, other);
      for (const item of theirs.items) expect(ownIds.has(item.id)).toBe(false);
    }
  });
});
