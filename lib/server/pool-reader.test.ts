import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freshWorkspace, openTestDatabase } from '@/tests/databases';
import { resolvePrincipal } from './access';
import type { Actor } from './actor';
import { createApiToken } from './api-tokens';
import { createEvent, getEventDetail, listEvents } from './catalog/events';
import { poolReader, type Database } from './db';
import { Prisma } from './generated/prisma/client.ts';

describe('hot reads on Postgres', () => {
  let db: Database;
  let cleanup: () => Promise<void>;
  let actor: Actor;
  beforeAll(async () => {
    ({ db, cleanup } = await openTestDatabase('postgres'));
    actor = await freshWorkspace(db);
    await createEvent(db, actor, { name: 'OrderPlaced', kind: 'event', summary: 'Checked out', description: '', owner: 'Team Orders', tags: ['orders'], status: 'active' });
  });
  afterAll(async () => cleanup?.());

  it('reads rows as Prisma does for text, int, arrays and jsonb, from a template or a built statement', async () => {
    const pool = new (await import('pg')).default.Pool({ connectionString: db.url, max: 1 });
    try {
      const reader = poolReader(pool);
      const text = 'it\'s "quoted" %_\\';
      const expected = await db.prisma.$queryRaw`
        SELECT ${text} AS "text", 7::int AS "int", ARRAY['a', 'b'] AS "list", jsonb_build_object('k', ${text}::text, 'n', 1.5, 'none', null) AS "json", NULL::jsonb AS "nothing"`;
      expect(
        await reader.$queryRaw`
        SELECT ${text} AS "text", 7::int AS "int", ARRAY['a', 'b'] AS "list", jsonb_build_object('k', ${text}::text, 'n', 1.5, 'none', null) AS "json", NULL::jsonb AS "nothing"`,
      ).toEqual(expected);
      expect(await reader.$queryRaw(Prisma.sql`SELECT count(*)::int AS "n" FROM "Event" WHERE "workspaceId" = ${actor.workspaceId}`)).toEqual([{ n: 1 }]);
    } finally {
      await pool.end();
    }
  });

  it("lists and details events without going through Prisma's client", async () => {
    const viaPrisma = vi.spyOn(db.prisma, '$queryRaw');
    expect((await listEvents(db, actor, { q: 'order', limit: 50, offset: 0 })).items.map((e) => e.name)).toEqual(['OrderPlaced']);
    expect((await getEventDetail(db, actor, 'OrderPlaced')).event.name).toBe('OrderPlaced');
    expect(viaPrisma).not.toHaveBeenCalled();
    viaPrisma.mockRestore();
  });

  it("resolves a bearer token without Prisma's client, and reads its last-used time as the instant stored", async () => {
    const created = await createApiToken(db, actor, { name: 'reader', role: 'viewer' });
    const headers = new Headers({ authorization: `Bearer ${created.token}` });
    const lastUsed = async () => (await db.prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt;
    const zone = process.env.TZ;
    // Nine hours off UTC: a zone-less timestamp read in the process's zone would look 9 h old and be rewritten.
    process.env.TZ = 'Asia/Tokyo';
    try {
      const viaPrisma = vi.spyOn(db.prisma, '$queryRaw');
      expect(await resolvePrincipal(db, headers)).toMatchObject({ kind: 'token', tokenId: created.id, role: 'viewer' });
      expect(viaPrisma).not.toHaveBeenCalled();
      viaPrisma.mockRestore();
      const first = await lastUsed();
      expect(first).toBeInstanceOf(Date);
      await resolvePrincipal(db, headers);
      expect(await lastUsed()).toEqual(first);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
