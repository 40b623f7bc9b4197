/**
 * The per-kind traffic the cost and profile benches send (request-cost.ts, profile/request-profile.ts):
 * the load test's mix, signed in as the fixtures' user, publishing to BACKWARD events only
 * (their generated next versions always pass), with a fixed seed.
 */
import { signIn, type LoadFixtures } from './fixtures';
import type { ObjectSchema } from './payload-schema';
import { mulberry32 } from './random';
import { PublishLedger, trafficMix, type KindSpec, type PublishTarget } from './traffic';

export async function costTraffic(baseUrl: string, fixtures: LoadFixtures): Promise<KindSpec[]> {
  const cookie = await signIn(baseUrl, fixtures.user);
  const toTarget = (e: (typeof fixtures.seed.events)[number]): PublishTarget => ({ id: e.id, name: e.name, schema: JSON.parse(e.schema) as ObjectSchema, latest: 1, busy: false });
  const eligible = fixtures.seed.events.filter((e) => e.mode === 'BACKWARD' || e.mode === 'BACKWARD_TRANSITIVE');
  return trafficMix({
    slug: fixtures.seed.slug, editorToken: fixtures.editorToken, viewerToken: fixtures.viewerToken, cookie,
    eventNames: fixtures.seed.events.map((e) => e.name), spreadTargets: eligible.slice(10, 3000).map(toTarget), hotTargets: eligible.slice(0, 4).map(toTarget),
    ledger: new PublishLedger(), rng: mulberry32(11),
  });
}
