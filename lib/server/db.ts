import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { Prisma as PrismaNamespace, PrismaClient } from './generated/prisma/client.ts';
import { dataDir, migrationsDir, serverEnv } from './env';
import { applyMigrations } from './migrate';
import { pgliteRunner, pgRunner, type SqlRunner } from './sql-runner';
import { statementNamer } from './statement-names';
import { acquireStoreLock, type StoreHolder } from './store-lock';

/** Postgres extensions the migrations enable (catalog search), bundled into the embedded store. */
export const PGLITE_EXTENSIONS = { pg_trgm };

export type Prisma = PrismaClient;
/** The client handed to a use case inside `prisma.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
/** A database client or transaction: raw reads run wherever the caller is. */
export type RawReader = Pick<Tx, '$queryRaw'>;

export interface Database {
  prisma: PrismaClient;
  /**
   * Where the hottest hand-written statements go when they run on their own, outside a transaction
   * (bearer tokens, event list and detail, a publish's review read and its one-statement append):
   * on Postgres straight to the pool Prisma uses, skipping its client (~0.3 ms of CPU a statement,
   * measured); on PGlite, Prisma (one connection: a statement beside Prisma's could land inside an
   * open transaction).
   */
  direct: RawReader;
  kind: 'postgres' | 'pglite';
  /** The Postgres URL when `kind` is postgres. */
  url?: string;
  /** A raw connection for LISTEN/NOTIFY-style work; on PGlite, the database itself. */
  raw: SqlRunner;
  pglite?: PGlite;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string;
  dataDir?: string;
  migrationsDir?: string;
  /** Who holds the embedded store while it is open (PGlite is one process's database). */
  holder?: StoreHolder;
  /** Runs once after migrations, before anyone else uses the database (seeding). */
  prepare?: (db: Database) => Promise<void>;
}

/**
 * Opens the catalog database: the Postgres at `DATABASE_URL` when set, otherwise an
 * embedded PGlite under `EVENTFLOW_DATA_DIR`; applies pending migrations first.
 */
export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  const url = options.databaseUrl ?? serverEnv().DATABASE_URL;
  const migrations = options.migrationsDir ?? migrationsDir();
  let db: Database;
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const raw = pgRunner(client);
    await applyMigrations(raw, migrations);
    const pool = new pg.Pool({ connectionString: url, max: 20 });
    const namer = serverEnv().EVENTFLOW_PG_PREPARE === 'true' ? statementNamer() : undefined;
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool, namer ? { statementNameGenerator: namer } : {}) });
    db = {
      prisma,
      direct: poolReader(pool, namer),
      kind: 'postgres',
      url,
      raw,
      async close() {
        await prisma.$disconnect();
        await pool.end();
        await client.end();
      },
    };
  } else {
    const dir = options.dataDir ?? dataDir();
    await mkdir(dir, { recursive: true });
    const lock = await acquireStoreLock(dir, options.holder ?? 'server', { releaseOnExit: true });
    let pglite: PGlite;
    try {
      pglite = await PGlite.create(dir, { extensions: PGLITE_EXTENSIONS });
      await applyMigrations(pgliteRunner(pglite), migrations);
    } catch (error) {
      await lock.release();
      throw error;
    }
    const raw = pgliteRunner(pglite);
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    db = {
      prisma,
      direct: prisma,
      kind: 'pglite',
      raw,
      pglite,
      async close() {
        await prisma.$disconnect();
        await pglite.close();
        await lock.release();
      },
    };
  }
  await options.prepare?.(db);
  return db;
}

/**
 * `$queryRaw` on pg's pool: the statement Prisma would send, without its client. Only for
 * statements whose columns pg and Prisma read alike (text, int, jsonb; no timestamps, which pg
 * would read in the process's zone).
 * @example await poolReader(pool).$queryRaw`SELECT 1 AS "one"` // [{ one: 1 }]
 */
export function poolReader(pool: pg.Pool, namer?: (query: { sql: string; args: unknown[] }) => string): RawReader {
  const queryRaw = async (query: TemplateStringsArray | PrismaNamespace.Sql, ...values: unknown[]) => {
    const statement = query instanceof PrismaNamespace.Sql ? query : PrismaNamespace.sql(query, ...values);
    // Named like Prisma's own statements (statement-names.ts), so a connection plans each text once.
    const name = namer?.({ sql: statement.text, args: statement.values }) || undefined;
    return (await pool.query({ name, text: statement.text, values: statement.values })).rows;
  };
  // Prisma types $queryRaw as its lazy PrismaPromise; callers only await it.
  return { $queryRaw: queryRaw as unknown as RawReader['$queryRaw'] };
}

const holder = globalThis as unknown as { __eventflowDb?: Promise<Database> };

/**
 * The process-wide database (kept on globalThis so Next's dev reloads reuse it).
 * `prepare` seeds the demo workspace into an empty database.
 */
export function getDatabase(prepare?: OpenOptions['prepare']): Promise<Database> {
  holder.__eventflowDb ??= openDatabase({ prepare }).catch((error: unknown) => {
    holder.__eventflowDb = undefined;
    throw error;
  });
  return holder.__eventflowDb;
}
