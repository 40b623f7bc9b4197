import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '@/tests/databases';
import { getAuth } from './auth';
import type { Database } from './db';
import { rememberedSession, rememberSession, sessionTokenHash } from './session-memo';
import { SESSION_CHANNEL } from './session-revocations';

/** Waits up to two seconds for `condition`. */
async function eventually(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('a session ended in one app process is forgotten by the others', () => {
  let db: Database;
  let cleanup: () => Promise<void>;
  let other: pg.Client;
  beforeAll(async () => {
    ({ db, cleanup } = await openTestDatabase('postgres'));
    // Plays "another app process": its own connection to the same database.
    other = new pg.Client({ connectionString: db.url });
    await other.connect();
  });
  afterAll(async () => {
    await other?.end();
    await cleanup?.();
  });

  it('sign-out announces the session, named by its token hash only', async () => {
    const heard: string[] = [];
    other.on('notification', (message) => message.channel === SESSION_CHANNEL && heard.push(message.payload ?? ''));
    await other.query(`LISTEN ${SESSION_CHANNEL}`);
    const auth = await getAuth(db);
    const email = `revoke-${Date.now()}@example.test`;
    await auth.api.signUpEmail({ body: { email, password: 'revoke-password', name: 'Revoke' } });
    const { headers, response } = await auth.api.signInEmail({ body: { email, password: 'revoke-password' }, returnHeaders: true });
    const cookie = headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    await auth.api.signOut({ headers: new Headers({ cookie }) });
    await eventually(() => heard.length > 0);
    expect(heard).toEqual([sessionTokenHash(response.token)]);
    expect(heard[0]).not.toContain(response.token);
  });

  it('a notice from elsewhere makes this process forget the session at once', async () => {
    await getAuth(db); // starts listening, as every process does before it remembers a session
    const user = { id: 'u-elsewhere', name: 'Elsewhere', email: 'elsewhere@example.test' };
    rememberSession('s=elsewhere', { token: 'token-elsewhere', expiresAt: new Date(Date.now() + 3_600_000), user });
    rememberSession('s=kept', { token: 'token-kept', expiresAt: new Date(Date.now() + 3_600_000), user });
    await other.query('SELECT pg_notify($1, $2)', [SESSION_CHANNEL, sessionTokenHash('token-elsewhere')]);
    await eventually(() => rememberedSession('s=elsewhere') === undefined);
    expect(rememberedSession('s=elsewhere')).toBeUndefined();
    expect(rememberedSession('s=kept')?.token).toBe('token-kept');
  });
});
