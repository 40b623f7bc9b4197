/**
 * Sessions Better Auth has verified against the database, remembered by the exact Cookie header
 * that carried them for up to a minute, so a page costs one map lookup instead of two queries.
 * A signed-out or revoked session is forgotten at once: in this process by the session delete
 * hook (auth.ts), in the others by the notice it sends (session-revocations.ts).
 */

import { createHash } from 'node:crypto';

/** How long a verification is trusted without asking the database again. */
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
  /** sessionTokenHash(session.token): what other processes name an ended session by. */
  tokenHash: string;
  until: number;
}

const entries = new Map<string, Entry>();

/**
 * How processes name a session among themselves (the NOTIFY of session-revocations.ts): a hash,
 * so the token itself never travels beyond the session table.
 * @example sessionTokenHash('abc') // 'ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0'
 */
export function sessionTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

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
  entries.set(cookieHeader, { session, tokenHash: sessionTokenHash(session.token), until: Math.min(now + SESSION_MEMO_MS, session.expiresAt.getTime()) });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
}

/** Forgets every cookie header that carried this session (sign-out, revocation). */
export function forgetSession(token: string): void {
  forgetSessionByHash(sessionTokenHash(token));
}

/** Forgets every cookie header that carried the session whose token hashes to `tokenHash`. */
export function forgetSessionByHash(tokenHash: string): void {
  for (const [cookieHeader, entry] of entries) if (entry.tokenHash === tokenHash) entries.delete(cookieHeader);
}
