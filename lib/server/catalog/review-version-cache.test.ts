import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventInputSchema } from '@/lib/contracts/catalog-inputs';
import { freshWorkspace, openTestDatabase, STORES } from '@/tests/databases';
import type { Actor } from '../actor';
import type { Database } from '../db';
import { createEvent, deleteEvent } from './events';
import { loadReviewInputs, reviewWith } from './review-candidate';
import { ReviewVersionCache } from './review-version-cache';
import { proposeVersion, publishVersion } from './versions';

/** A closed object with these optional string fields: adding one is BACKWARD compatible. */
const schemaWith = (...fields: string[]) => JSON.stringify({ type: 'object', additionalProperties: false, properties: Object.fromEntries(fields.map((f) => [f, { type: 'string' }])) });

describe.each(STORES)('review version cache on %s', (store) => {
  let db: Database;
  let cleanup: () => Promise<void>;
  let actor: Actor;
  beforeAll(async () => {
    ({ db, cleanup } = await openTestDatabase(store));
    actor = await freshWorkspace(db);
  });
  afterAll(async () => cleanup?.());

  /** An event with `count` versions, each adding a field. */
  async function eventWithVersions(name: string, count: number): Promise<void> {
    await createEvent(db, actor, EventInputSchema.parse({ name, compatibility: 'BACKWARD' }));
    for (let n = 1; n <= count; n++) {
      await publishVersion(db, actor, name, { format: 'json-schema', schema: schemaWith(...Array.from({ length: n }, (_, i) => `f${i}`)), examples: [{ f0: 'x' }] });
    }
  }

  it('gives the same inputs as a plain read, before and after more versions land, by name and by id', async () => {
    await eventWithVersions('cache.same', 3);
    const cache = new ReviewVersionCache(1_000_000);
    const key = { workspaceId: actor.workspaceId, ref: 'cache.same' };
    expect(await loadReviewInputs(db.direct, key, cache)).toEqual(await loadReviewInputs(db.direct, key));
    // Another process's publishes (this cache is not the app's) land meanwhile.
    await publishVersion(db, actor, 'cache.same', { format: 'json-schema', schema: schemaWith('f0', 'f1', 'f2', 'f3'), examples: [] });
    await publishVersion(db, actor, 'cache.same', { format: 'json-schema', schema: schemaWith('f0', 'f1', 'f2', 'f3', 'f4'), examples: [] });
    const fresh = await loadReviewInputs(db.direct, key);
    expect(fresh.versions.map((v) => v.number)).toEqual([1, 2, 3, 4, 5]);
    expect(await loadReviewInputs(db.direct, key, cache)).toEqual(fresh);
    expect(await loadReviewInputs(db.direct, { id: fresh.eventId }, cache)).toEqual(fresh);
  });

  it('reads only the versions it has not seen: a kept version is not read again', async () => {
    await eventWithVersions('cache.kept', 2);
    const cache = new ReviewVersionCache(1_000_000);
    const key = { workspaceId: actor.workspaceId, ref: 'cache.kept' };
    const first = await loadReviewInputs(db.direct, key, cache);
    // Versions never change; this test changes one behind the app's back to see which copy a review uses.
    await db.prisma.eventVersion.updateMany({ where: { eventId: first.eventId, number: 1 }, data: { schema: '{"changed":"behind the cache"}' } });
    await publishVersion(db, actor, 'cache.kept', { format: 'json-schema', schema: schemaWith('f0', 'f1', 'f2'), examples: [] });
    const second = await loadReviewInputs(db.direct, key, cache);
    expect(second.versions.map((v) => v.number)).toEqual([1, 2, 3]);
    expect(second.versions[0]!.schema).toBe(first.versions[0]!.schema);
    expect((await loadReviewInputs(db.direct, key)).versions[0]!.schema).toBe('{"changed":"behind the cache"}');
  });

  it('does not mix up an event deleted and created again under the same name', async () => {
    await eventWithVersions('cache.reborn', 3);
    const cache = new ReviewVersionCache(1_000_000);
    const key = { workspaceId: actor.workspaceId, ref: 'cache.reborn' };
    const before = await loadReviewInputs(db.direct, key, cache);
    await deleteEvent(db, actor, 'cache.reborn');
    await eventWithVersions('cache.reborn', 1);
    const after = await loadReviewInputs(db.direct, key, cache);
    expect(after.eventId).not.toBe(before.eventId);
    expect(after.versions).toEqual((await loadReviewInputs(db.direct, key)).versions);
    expect(after.versions).toHaveLength(1);
  });

  it('keeps within its budget, dropping the least recently used events', async () => {
    await eventWithVersions('cache.small.a', 2);
    await eventWithVersions('cache.small.b', 2);
    const a = await loadReviewInputs(db.direct, { workspaceId: actor.workspaceId, ref: 'cache.small.a' });
    const size = a.versions.reduce((sum, v) => sum + v.schema.length + JSON.stringify(v.examples).length, 0);
    const cache = new ReviewVersionCache(size + 10);
    await loadReviewInputs(db.direct, { workspaceId: actor.workspaceId, ref: 'cache.small.a' }, cache);
    expect(cache.known({ id: a.eventId })).toBeDefined();
    await loadReviewInputs(db.direct, { workspaceId: actor.workspaceId, ref: 'cache.small.b' }, cache);
    expect(cache.events).toBe(1);
    expect(cache.known({ id: a.eventId })).toBeUndefined();
  });

  it("proposes and publishes with the app's cache give the verdicts of a fresh read", async () => {
    await eventWithVersions('cache.verdict', 3);
    const key = { workspaceId: actor.workspaceId, ref: 'cache.verdict' };
    const candidates = [
      schemaWith('f0', 'f1', 'f2', 'f3'),
      schemaWith('f0'),
      JSON.stringify({ type: 'object', additionalProperties: false, properties: { f0: { type: 'integer' } } }),
    ];
    for (const schema of candidates) {
      const candidate = { format: 'json-schema' as const, schema, examples: [] };
      await proposeVersion(db, actor, 'cache.verdict', candidate); // fills the app's cache
      expect(await proposeVersion(db, actor, 'cache.verdict', candidate), schema).toEqual(reviewWith(await loadReviewInputs(db.direct, key), candidate));
    }
    await expect(publishVersion(db, actor, 'cache.verdict', { format: 'json-schema', schema: candidates[2]!, examples: [] })).rejects.toMatchObject({ status: 409 });
    const next = await publishVersion(db, actor, 'cache.verdict', { format: 'json-schema', schema: candidates[0]!, examples: [] });
    expect(next.number).toBe(4);
    const fresh = reviewWith(await loadReviewInputs(db.direct, key), { format: 'json-schema', schema: schemaWith('f0', 'f1', 'f2', 'f3', 'f4') });
    expect(await proposeVersion(db, actor, 'cache.verdict', { format: 'json-schema', schema: schemaWith('f0', 'f1', 'f2', 'f3', 'f4'), examples: [] })).toEqual(fresh);
  });
});
