import { cp, mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '@/tests/databases';
import { PGLITE_EXTENSIONS } from './db';
import { applyMigrations, MigrationFailedError } from './migrate';
import { pgliteRunner } from './sql-runner';

async function scratch() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'eventflow-migrate-'));
  const pglite = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
  return { dir, pglite, runner: pgliteRunner(pglite), done: async () => { await pglite.close(); await rm(dir, { recursive: true, force: true }); } };
}

describe('applyMigrations', () => {
  it('applies the checked-in history once; a second run is a no-op', async () => {
    const s = await scratch();
    const first = await applyMigrations(s.runner, MIGRATIONS);
    expect(first.applied.length).toBeGreaterThan(0);
    const second = await applyMigrations(s.runner, MIGRATIONS);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(first.applied);
    const rows = await s.runner.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations"',
    );
    expect(rows).toHaveLength(first.applied.length);
    for (const row of rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    await s.done();
  });

  it('rolls back a failing migration and then refuses to continue until it is resolved', async () => {
    const s = await scratch();
    await cp(MIGRATIONS, s.dir, { recursive: true });
    await mkdir(path.join(s.dir, '29990101000000_broken'));
    await writeFile(path.join(s.dir, '29990101000000_broken', 'migration.sql'), 'CREATE TABLE "Half" (id int);\nSELECT * FROM "NoSuchTable";');
    await expect(applyMigrations(s.runner, s.dir)).rejects.toThrow(MigrationFailedError);
    const half = await s.runner.query("SELECT to_regclass('\"Half\"') AS t");
    expect(half[0]?.t).toBeNull();
    await expect(applyMigrations(s.runner, s.dir)).rejects.toThrow(/failed earlier/);
    await s.done();
  });
});
