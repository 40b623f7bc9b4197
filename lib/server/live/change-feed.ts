import pg from 'pg';
import { CHANGE_CHANNEL } from '../change-log';
import type { Database } from '../db';

export interface ChangeSignal {
  workspaceId: string;
  /** The change log id, as text (bigint). */
  id: string;
}

type Listener = (signal: ChangeSignal) => void;

interface Feed {
  listeners: Set<Listener>;
  stop: () => Promise<void>;
}

const feeds = new WeakMap<Database, Promise<Feed>>();

/**
 * Subscribes to committed changes of every workspace, fed by Postgres LISTEN/NOTIFY
 * (so changes made by other app instances arrive too). One LISTEN connection per
 * process; returns the unsubscribe function.
 */
export async function onChange(db: Database, listener: Listener): Promise<() => void> {
  let feed = feeds.get(db);
  if (!feed) {
    feed = startFeed(db);
    feeds.set(db, feed);
  }
  const ready = await feed;
  ready.listeners.add(listener);
  return () => ready.listeners.delete(listener);
}

async function startFeed(db: Database): Promise<Feed> {
  const listeners = new Set<Listener>();
  const dispatch = (payload: string | undefined) => {
    if (!payload) return;
    let signal: ChangeSignal;
    try {
      signal = JSON.parse(payload) as ChangeSignal;
    } catch {
      return;
    }
    for (const listener of listeners) listener(signal);
  };
  if (db.pglite) {
    const unlisten = await db.pglite.listen(CHANGE_CHANNEL, dispatch);
    return { listeners, stop: unlisten };
  }
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  client.on('notification', (message) => dispatch(message.payload));
  await client.query(`LISTEN ${CHANGE_CHANNEL}`);
  return { listeners, stop: () => client.end() };
}
