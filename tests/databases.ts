import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import type { Actor } from '@/lib/server/actor';
import { openDatabase, type Database } from '@/lib/server/db';

/** Both stores the app supports; integration suites run once per store. */
export const STORES = ['postgres', 'pglite'] as const;
export type Store = (typeof STORES)[number];

export const MIGRATIONS = path.resolve(__dirname, '..', 'prisma', 'migrations');

export async function openTestDatabase(store: Store): Promise<{ db: Database; cleanup: () => Promise<void> }> {
  if (store === 'postgres') {
    const db = await openDatabase({ databaseUrl: inject('postgresUrl'), migrationsDir: MIGRATIONS });
    return { db, cleanup: () => db.close() };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'eventflow-pglite-'));
  const db = await openDatabase({ databaseUrl: '', dataDir: dir, migrationsDir: MIGRATIONS });
  return {
    db,
    cleanup: async () => {
      await db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

let counter = 0;
/** A fresh workspace with an owner actor acting locally, unique per call so suites can share a database. */
export async function freshWorkspace(db: Database, role: Actor['role'] = 'owner'): Promise<Actor & { slug: string }> {
  const slug = `t-${process.pid}-${Date.now().toString(36)}-${counter++}`;
  const ws = await db.prisma.workspace.create({ data: { slug, name: slug } });
  return { principal: { kind: 'local', name: 'test' }, workspaceId: ws.id, role, userId: null, name: 'test', slug };
}
