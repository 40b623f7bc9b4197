/**
 * Profiles the publish and event-read use cases without Next: a throw-away database with the
 * scale catalog, then N publishes (as the load test sends them) and N event reads in-process.
 * CPU per use case without Next's pipeline (and, with PROFILE_DIR, a profile of each measured loop).
 * Run: `PROFILE_DIR=/tmp/prof node --import tsx bench/profile/publish-direct.ts` (PROFILE_N, PROFILE_WHAT=publish,read)
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { resolvePrincipal, actorIn } from '../../lib/server/access';
import { openDatabase } from '../../lib/server/db';
import { publishVersion } from '../../lib/server/catalog/versions';
import { getEventDetail } from '../../lib/server/catalog/events';
import { VersionInputSchema } from '../../lib/contracts/catalog-inputs';
import { prepareLoadFixtures } from '../load/fixtures';
import { createThrowawayDatabase } from '../load/throwaway-database';
import { MIGRATIONS } from '../seed-scale';
import type { ObjectSchema } from '../load/payload-schema';

const n = Number(process.env.PROFILE_N ?? 400);
const tmp = await createThrowawayDatabase('postgresql://postgres@localhost/postgres?host=/var/run/postgresql');
try {
  const fixtures = await prepareLoadFixtures(tmp.url, { events: Number(process.env.LOAD_EVENTS ?? 10_000), services: 1_000, domains: 30 });
  const db = await openDatabase({ databaseUrl: tmp.url, migrationsDir: MIGRATIONS });
  const headers = new Headers({ authorization: `Bearer ${fixtures.editorToken}` });
  const targets = fixtures.seed.events.filter((e) => e.mode === 'BACKWARD' || e.mode === 'BACKWARD_TRANSITIVE');
  let field = 0;
  const publish = async (i: number) => {
    const t = targets[i % targets.length]!;
    const schema = JSON.parse(t.schema) as ObjectSchema;
    schema.properties[`loadField${++field}`] = { type: 'string', maxLength: 200 };
    t.schema = JSON.stringify(schema);
    const body = JSON.stringify({ format: 'json-schema', schema: JSON.stringify(schema), examples: [] });
    const principal = await resolvePrincipal(db, headers);
    const actor = await actorIn(db, principal, fixtures.seed.slug);
    const input = VersionInputSchema.parse(JSON.parse(body));
    const v = await publishVersion(db, actor, t.name, input);
    return JSON.stringify(v).length;
  };
  const read = async (i: number) => {
    const e = fixtures.seed.events[(i * 7919) % fixtures.seed.events.length]!;
    const principal = await resolvePrincipal(db, new Headers({ authorization: `Bearer ${fixtures.viewerToken}` }));
    const actor = await actorIn(db, principal, fixtures.seed.slug);
    return JSON.stringify(await getEventDetail(db, actor, e.name)).length;
  };
  const measure = async (label: string, fn: (i: number) => Promise<number>, offset: number) => {
    for (let i = 0; i < 30; i++) await fn(offset + i); // warm-up
    const session = new Session();
    if (process.env.PROFILE_DIR) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 200 });
      await session.post('Profiler.start');
    }
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 30; i < n + 30; i++) await fn(offset + i);
    const used = process.cpuUsage(cpu);
    if (process.env.PROFILE_DIR) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(`${process.env.PROFILE_DIR}/${label.replace(/\W+/g, '-')}.cpuprofile`, JSON.stringify(profile));
      session.disconnect();
    }
    console.log(`${label}: ${((used.user + used.system) / 1000 / n).toFixed(2)} ms CPU/op, ${((performance.now() - t0) / n).toFixed(2)} ms wall/op (n=${n})`);
  };
  const which = process.env.PROFILE_WHAT ?? 'publish,read';
  if (which.includes('publish')) await measure('publish (first publish of each event)', publish, 0);
  if (which.includes('publish')) await measure('publish (second publish of each event)', publish, 0);
  if (which.includes('read')) await measure('event JSON read', read, 0);
  await db.close();
} finally {
  await tmp.drop();
}
