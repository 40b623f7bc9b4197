import { CHANGE_CHANNEL } from '../change-log';
import type { Database } from '../db';

export interface ChangeSignal {
  workspaceId: string;
  /** The change log id, as text (bigint). */
  id: string;
}

type Listener = (signal: ChangeSignal) => void;

const feeds = new WeakMap<Database, Promise<Set<Listener>>>();

/**
 * Subscribes to committed changes of every workspace, fed by Postgres LISTEN/NOTIFY
 * (so changes made by other app instances arrive too), on the connection each process keeps
 * for such work (`db.raw`); returns the unsubscribe function.
 */
export async function onChange(db: Database, listener: Listener): Promise<() => void> {
  let feed = feeds.get(db);
  if (!feed) {
    feed = startFeed(db);
    feeds.set(db, feed);
  }
  const listeners = await feed;
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function startFeed(db: Database): Promise<Set<Listener>> {
  const listeners = new Set<Listener>();
  await db.raw.listen(CHANGE_CHANNEL, (payload) => {
    let signal: ChangeSignal;
    try {
      signal = JSON.parse(payload) as ChangeSignal;
    } catch {
      return;
    }
    for (const listener of listeners) listener(signal);
  });
  return listeners;
}
