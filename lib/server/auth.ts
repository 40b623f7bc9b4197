import { randomBytes } from 'node:crypto';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { databaseRateLimits } from './auth-rate-limit';
import type { Database } from './db';
import { announceSessionEnded, forgetSessionsEndedElsewhere } from './session-revocations';

/**
 * Sign-in is Better Auth's (email + password, sessions in Postgres); nothing here
 * hashes passwords or signs cookies by hand.
 */
export type Auth = ReturnType<typeof buildAuth>;

function buildAuth(db: Database, secret: string) {
  return betterAuth({
    appName: 'Eventflow',
    // The base URL is derived per request on purpose (localhost, 127.0.0.1, a host name): no warning per request.
    logger: { level: 'error' },
    secret,
    baseURL: process.env.BETTER_AUTH_URL,
    // Same-origin requests are trusted wherever the app is served (localhost, 127.0.0.1, a
    // host name); cross-site form posts still fail Better Auth's origin check.
    trustedOrigins: async (request) => sameOrigins(request?.headers.get('host')),
    database: prismaAdapter(db.prisma, { provider: 'postgresql' }),
    emailAndPassword: { enabled: true, minPasswordLength: 8, autoSignIn: true },
    session: {
      expiresIn: 60 * 60 * 24 * 14,
      // No cookie cache: a signed session cookie would vouch for a signed-out session for its
      // whole max age (a copied cookie replayed after sign-out). Repeat requests are spared the
      // database by session-memo.ts instead, which sign-out clears at once.
      cookieCache: { enabled: false },
    },
    rateLimit: {
      enabled: process.env.EVENTFLOW_AUTH_RATE_LIMIT !== 'off',
      window: 60,
      max: 100,
      customRules: { '/sign-in/email': { window: 60, max: 10 } },
      // Counted in the database: one limit across all app processes, not one per process.
      customStorage: databaseRateLimits(db),
    },
    advanced: {
      // Behind no proxy by default; the login rate limit keys on this header when present.
      ipAddress: { ipAddressHeaders: ['x-forwarded-for'] },
    },
    // A signed-out or revoked session stops being remembered by resolvePrincipal at once, in every process.
    databaseHooks: { session: { delete: { after: async (session) => announceSessionEnded(db, session.token) } } },
    plugins: [nextCookies()],
  });
}

const auths = new WeakMap<Database, Promise<Auth>>();

export function getAuth(db: Database): Promise<Auth> {
  let auth = auths.get(db);
  if (!auth) {
    // Listening before any session is remembered: no process may miss the end of one it trusts.
    auth = Promise.all([authSecret(db), forgetSessionsEndedElsewhere(db)]).then(([secret]) => buildAuth(db, secret));
    auths.set(db, auth);
  }
  return auth;
}

/**
 * BETTER_AUTH_SECRET when set; otherwise a random secret created once and kept in
 * the database, so every app instance on the same database agrees.
 */
async function authSecret(db: Database): Promise<string> {
  const fromEnv = process.env.BETTER_AUTH_SECRET;
  if (fromEnv) return fromEnv;
  const fresh = randomBytes(32).toString('base64url');
  await db.prisma.appSetting.upsert({
    where: { key: 'auth.secret' },
    create: { key: 'auth.secret', value: fresh },
    update: {},
  });
  const row = await db.prisma.appSetting.findUniqueOrThrow({ where: { key: 'auth.secret' } });
  return row.value;
}

function sameOrigins(host: string | null | undefined): string[] {
  const configured = process.env.BETTER_AUTH_URL ? [process.env.BETTER_AUTH_URL] : [];
  return host ? [...configured, `http://${host}`, `https://${host}`] : configured;
}
