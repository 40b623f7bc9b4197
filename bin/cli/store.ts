import { mkdir } from 'node:fs/promises';
import type { Database } from '@/lib/server/db';
import { dataDir, serverEnv } from '@/lib/server/env';
import { UsageError } from './exit-codes';
import type { Output } from './output';
import { acquireStoreLock, type StoreLock } from '@/lib/server/store-lock';

export interface OpenStore {
  db: Database;
  /** Closes the database, then releases the embedded-store lock. */
  close(): Promise<void>;
}

/**
 * Opens the store the server uses (Postgres at DATABASE_URL, else PGlite in the data
 * dir, locked for this process) and seeds an empty one the way the server does, so
 * CLI and server see the same world whichever opens it first.
 * @example const store = await openStore(processOutput); try { … store.db … } finally { await store.close(); }
 */
export async function openStore(out: Output): Promise<OpenStore> {
  let env: ReturnType<typeof serverEnv>;
  try {
    env = serverEnv();
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  let lock: StoreLock | undefined;
  if (!env.DATABASE_URL) {
    const dir = dataDir();
    await mkdir(dir, { recursive: true });
    lock = await acquireStoreLock(dir, 'cli');
  }
  try {
    // Loaded after the lock check, so a busy store is reported without loading the database stack.
    const [{ openDatabase }, { seedIfEmpty }] = await Promise.all([import('@/lib/server/db'), import('@/lib/server/seed')]);
    const db = await openDatabase({
      holder: 'cli',
      prepare: async (database) => {
        const seed = await seedIfEmpty(database);
        if (!seed.seeded) return;
        // On stderr, so --json output stays clean; the password is only ever shown here.
        out.stderr('eventflow: seeded the demo workspace (slug "demo") into the empty store.\n');
        out.stderr(seed.demoPassword ? `eventflow: sign in as ${seed.demoEmail} with password ${seed.demoPassword}\n` : `eventflow: demo owner ${seed.demoEmail}\n`);
      },
    });
    return {
      db,
      async close() {
        try {
          await db.close();
        } finally {
          await lock?.release();
        }
      },
    };
  } catch (error) {
    await lock?.release();
    throw error;
  }
}
