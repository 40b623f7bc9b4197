import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openTestDatabase } from '@/tests/databases';
import { resolvePrincipal } from './access';
import { getAuth } from './auth';
import type { Database } from './db';
import { rememberedSession, rememberSession, SESSION_MEMO_MS } from './session-memo';

describe('remembered sessions', () => {
  let db: Database;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ db, cleanup } = await openTestDatabase('postgres')));
  afterAll(async () => cleanup?.());

  /** Signs a new person up and in through Better Auth; the Cookie header a browser would send. */
  async function signedIn(): Promise<{ cookie: string; email: string }> {
    const auth = await getAuth(db);
    const email = `memo-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`;
    await auth.api.signUpEmail({ body: { email, password: 'memo-password', name: 'Memo' } });
    const { headers } = await auth.api.signInEmail({ body: { email, password: 'memo-password' }, returnHeaders: true });
    return { cookie: headers.getSetCookie().map((c) => c.split(';')[0]).join('; '), email };
  }

  it('asks Better Auth once for repeated requests with the same cookie', async () => {
    const { cookie, email } = await signedIn();
    const auth = await getAuth(db);
    const getSession = vi.spyOn(auth.api, 'getSession');
    try {
      const first = await resolvePrincipal(db, new Headers({ cookie }));
      const second = await resolvePrincipal(db, new Headers({ cookie }));
      expect(first).toMatchObject({ kind: 'user', email });
      expect(second).toEqual(first);
      expect(getSession).toHaveBeenCalledTimes(1);
    } finally {
      getSession.mockRestore();
    }
  });

  it('forgets a session as soon as it signs out: Better Auth decides again', async () => {
    const { cookie } = await signedIn();
    expect(await resolvePrincipal(db, new Headers({ cookie }))).toMatchObject({ kind: 'user' });
    expect(rememberedSession(cookie)).toBeDefined();
    const auth = await getAuth(db);
    await auth.api.signOut({ headers: new Headers({ cookie }) });
    expect(rememberedSession(cookie)).toBeUndefined();
    const getSession = vi.spyOn(auth.api, 'getSession');
    try {
      await resolvePrincipal(db, new Headers({ cookie }));
      expect(getSession).toHaveBeenCalledTimes(1);
    } finally {
      getSession.mockRestore();
    }
  });

  it('refuses a signed-out cookie at once, even replayed whole (no cached session cookie vouches for it)', async () => {
    const { cookie } = await signedIn();
    expect(await resolvePrincipal(db, new Headers({ cookie }))).toMatchObject({ kind: 'user' });
    const auth = await getAuth(db);
    await auth.api.signOut({ headers: new Headers({ cookie }) });
    // What a thief who copied the browser's cookies before sign-out would send.
    expect(await resolvePrincipal(db, new Headers({ cookie }))).toBeNull();
  });

  it('remembers for a minute at most, and never past the session expiry', () => {
    const user = { id: 'u', name: 'U', email: 'u@example.test' };
    const now = 1_000_000;
    rememberSession('a=1', { token: 't1', expiresAt: new Date(now + 10 * SESSION_MEMO_MS), user }, now);
    expect(rememberedSession('a=1', now + SESSION_MEMO_MS - 1)?.token).toBe('t1');
    expect(rememberedSession('a=1', now + SESSION_MEMO_MS)).toBeUndefined();
    rememberSession('a=2', { token: 't2', expiresAt: new Date(now + 5_000), user }, now);
    expect(rememberedSession('a=2', now + 4_999)?.token).toBe('t2');
    expect(rememberedSession('a=2', now + 5_000)).toBeUndefined();
  });
});
