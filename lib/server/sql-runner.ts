import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';

/**
 * The smallest surface the migration runner and LISTEN/NOTIFY need from a raw
 * connection, so they work the same on a real Postgres and on embedded PGlite.
 */
export interface SqlRunner {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs several statements separated by semicolons (a migration file). */
  exec(sql: string): Promise<void>;
  /** Calls `onPayload` with every NOTIFY on `channel` (an SQL identifier) while the connection is open. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<void>;
}

export function pgRunner(client: pg.Client | pg.PoolClient): SqlRunner {
  return {
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await client.query(sql, params);
      return result.rows as T[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
    async listen(channel, onPayload) {
      client.on('notification', (message) => {
        if (message.channel === channel) onPayload(message.payload ?? '');
      });
      await client.query(`LISTEN ${channel}`);
    },
  };
}

export function pgliteRunner(db: PGlite): SqlRunner {
  return {
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await db.query<T>(sql, params);
      return result.rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
    async listen(channel, onPayload) {
      await db.listen(channel, onPayload);
    },
  };
}
