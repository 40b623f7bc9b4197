/**
 * Sessions Better Auth has verified, remembered by the exact Cookie header that carried them.
 * Better Auth's cookie cache already vouches for a signed session for a minute without asking
 * the database (auth.ts); this keeps the same bound, so a page costs one map lookup instead of
 * HMAC checks (and, once the cached cookie is older than a minute, two queries) per request.
 * A signed-out session is forgotten at once in this process (the session delete hook).
 */

/** As long as Better Auth's cookie cache trusts a session without the database (auth.ts `cookieCache.maxAge`). */
export const SESSION_MEMO_MS = 60_000;
/** Distinct cookie headers kept; the oldest is dropped beyond this (memory stays flat). */
const MAX_ENTRIES = 10_000;

export interface VerifiedSession {
  token: string;
  expiresAt: Date;
  user: { id: string; name: string; email: string };
}

interface Entry {
  session: VerifiedSession;
  until: number;
}

const entries = new Map<string, Entry>();

/** The session this exact Cookie header was verified to carry, while that verification still holds. */
export function rememberedSession(cookieHeader: string, now = Date.now()): VerifiedSession | undefined {
  const entry = entries.get(cookieHeader);
  if (!entry) return undefined;
  if (entry.until <= now) {
    entries.delete(cookieHeader);
    return undefined;
  }
  return entry.session;
}

/** Remembers a verification for a minute, never past the session's own expiry. */
export function rememberSession(cookieHeader: string, session: VerifiedSession, now = Date.now()): void {
  entries.delete(cookieHeader);
  entries.set(cookieHeader, { session, until: Math.min(now + SESSION_MEMO_MS, session.expiresAt.getTime()) });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
}

/** Forgets every cookie header that carried this session (sign-out, revocation). */
export function forgetSession(token: string): void {
  for (const [cookieHeader, entry] of entries) if (entry.session.token === token) entries.delete(cookieHeader);
}
