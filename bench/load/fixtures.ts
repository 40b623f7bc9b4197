/**
 * Everything the load test needs in its database before the app starts: the scale
 * catalog, an editor token (publishers), a viewer token (API readers), and a signed-up
 * owner for the browser pages.
 */
import type { Actor } from '../../lib/server/actor';
import { createApiToken } from '../../lib/server/api-tokens';
import { getAuth } from '../../lib/server/auth';
import { openDatabase } from '../../lib/server/db';
import type { ScaleSize } from './catalog-generator';
import { MIGRATIONS, seedScaleInto, type ScaleSeedResult } from '../seed-scale';

export interface LoadFixtures {
  seed: ScaleSeedResult;
  editorToken: string;
  viewerToken: string;
  user: { email: string; password: string };
}

/**
 * Migrates and seeds the database at `databaseUrl`.
 * @example const fixtures = await prepareLoadFixtures(tmp.url, { events: 10_000, services: 1_000, domains: 30 });
 */
export async function prepareLoadFixtures(databaseUrl: string, size: ScaleSize): Promise<LoadFixtures> {
  const db = await openDatabase({ databaseUrl, migrationsDir: MIGRATIONS });
  try {
    const seed = await seedScaleInto(db, size);
    const actor: Actor = { principal: { kind: 'local', name: 'load bench' }, workspaceId: seed.workspaceId, role: 'owner', userId: null, name: 'load bench' };
    const editor = await createApiToken(db, actor, { name: 'load publishers', role: 'editor' });
    const viewer = await createApiToken(db, actor, { name: 'load readers', role: 'viewer' });
    const user = { email: 'load-bench@eventflow.local', password: 'load-bench-password' };
    const auth = await getAuth(db);
    const created = await auth.api.signUpEmail({ body: { ...user, name: 'Load Bench' } });
    await db.prisma.membership.create({ data: { workspaceId: seed.workspaceId, userId: created.user.id, role: 'owner' } });
    return { seed, editorToken: editor.token, viewerToken: viewer.token, user };
  } finally {
    await db.close();
  }
}

/**
 * Signs in through the app like a browser and returns the Cookie header to send.
 * @example const cookie = await signIn('http://127.0.0.1:3500', fixtures.user);
 */
export async function signIn(baseUrl: string, user: { email: string; password: string }): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify(user),
  });
  if (!res.ok) throw new Error(`Sign-in failed: ${res.status} ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
  if (cookies.length === 0) throw new Error('Sign-in returned no cookie.');
  return cookies.join('; ');
}
