import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, STORES } from '@/tests/databases';
import { databaseRateLimits } from './auth-rate-limit';
import type { Database } from './db';

describe.each(STORES)('sign-in rate limits in the database (%s)', (store) => {
  let db: Database;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ db, cleanup } = await openTestDatabase(store)));
  afterAll(async () => cleanup?.());

  it('allows `max` requests per window, then refuses with the seconds left', async () => {
    const limits = databaseRateLimits(db);
    const key = `ip-${Math.random()}`;
    const rule = { window: 60, max: 3 };
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push(await limits.consume(key, rule));
    expect(outcomes.map((o) => o.allowed)).toEqual([true, true, true, false, false]);
    expect(outcomes[3]!.retryAfter).toBeGreaterThan(50);
    expect(outcomes[3]!.retryAfter).toBeLessThanOrEqual(60);
    expect((await limits.consume(`other-${key}`, rule)).allowed).toBe(true);
  });

  it('counts concurrent requests exactly once each (one limit for all app processes)', async () => {
    // Two stores over one database stand for two app processes.
    const [a, b] = [databaseRateLimits(db), databaseRateLimits(db)];
    const key = `burst-${Math.random()}`;
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).consume(key, { window: 60, max: 10 })));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
  });

  it('starts a new window once the old one has passed', async () => {
    const limits = databaseRateLimits(db);
    const key = `window-${Math.random()}`;
    const rule = { window: 0.3, max: 1 };
    expect((await limits.consume(key, rule)).allowed).toBe(true);
    expect((await limits.consume(key, rule)).allowed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await limits.consume(key, rule)).allowed).toBe(true);
  });
});

describe('sign-in through Better Auth', () => {
  let db: Database;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ db, cleanup } = await openTestDatabase('postgres')));
  afterAll(async () => cleanup?.());

  it('answers 429 after 10 attempts a minute from one address, counted in the database', async () => {
    const { getAuth } = await import('./auth');
    const auth = await getAuth(db);
    const address = `203.0.113.${Math.floor(Math.random() * 250)}`;
    const attempt = () =>
      auth.handler(
        new Request('http://localhost:3000/api/auth/sign-in/email', {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', 'x-forwarded-for': address },
          body: JSON.stringify({ email: 'nobody@example.test', password: 'wrong-password' }),
        }),
      );
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await attempt()).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    const row = await db.prisma.authRateLimit.findFirst({ where: { key: { contains: address } } });
    expect(row?.count).toBeGreaterThanOrEqual(10);
  });
});
