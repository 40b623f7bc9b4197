/**
 * Every app process sharing the database keeps its own session memo (session-memo.ts). When a
 * session ends (sign-out, revocation) in one of them, the others must stop trusting it at once,
 * not a minute later: the ending process sends a Postgres NOTIFY naming the session by its token
 * hash, and every process listens on the connection it keeps open for such work (`db.raw`).
 */
import type { Database } from './db';
import { forgetSession, forgetSessionByHash, sessionTokenHash } from './session-memo';

export const SESSION_CHANNEL = 'eventflow_sessions';

const listening = new WeakMap<Database, Promise<void>>();

/**
 * Starts forgetting, in this process, the sessions other processes announce as ended.
 * Idempotent per database; resolves once the LISTEN is in place.
 * @example await forgetSessionsEndedElsewhere(db);
 */
export function forgetSessionsEndedElsewhere(db: Database): Promise<void> {
  let started = listening.get(db);
  if (!started) {
    started = db.raw.listen(SESSION_CHANNEL, forgetSessionByHash);
    listening.set(db, started);
  }
  return started;
}

/**
 * Forgets an ended session here and tells the other processes to forget it too.
 * @example await announceSessionEnded(db, session.token); // from Better Auth's session delete hook
 */
export async function announceSessionEnded(db: Database, token: string): Promise<void> {
  forgetSession(token);
  await db.raw.query('SELECT pg_notify($1, $2)', [SESSION_CHANNEL, sessionTokenHash(token)]);
}
