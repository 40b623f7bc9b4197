import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/lib/server/db';
import { storeLockPath } from '@/lib/server/store-lock';
import { REPO as repo, runLauncher } from './testing/launcher';

/**
 * The real CLI, spawned as users run it, against a fresh embedded store. Each run
 * that opens the store costs a few seconds (PGlite), so the cases share one store.
 */
const SLOW = 120_000;

let dataDir: string;
let cwd: string;

function eventflow(...args: string[]) {
  return runLauncher(args, { cwd, dataDir });
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'eventflow-cli-store-'));
  cwd = await mkdtemp(path.join(tmpdir(), 'eventflow-cli-cwd-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await rm(cwd, { recursive: true, force: true });
});

describe.sequential('eventflow CLI', () => {
  it('prints usage naming every verb, flag and exit code, and exits 0', { timeout: SLOW }, async () => {
    const run = await eventflow('--help');
    expect(run.code).toBe(0);
    for (const text of ['workspace create NAME', 'workspace list', 'token create', 'compat', 'check [PATH]', 'import asyncapi', 'export asyncapi', 'simulate', '--slug', '--description', '--workspace', '--role', '--name', '--json', 'Exit codes']) {
      expect(run.stdout).toContain(text);
    }
    const verbHelp = await eventflow('token', 'create', '--help');
    expect(verbHelp.code).toBe(0);
    expect(verbHelp.stdout).toContain('--role viewer|editor|owner');
  });

  it('rejects bad usage with exit 2 and a message naming the problem, without opening the store', { timeout: SLOW }, async () => {
    const badRole = await eventflow('token', 'create', '--workspace', 'team-a', '--role', 'admin');
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain('--role must be one of viewer, editor, owner');
    const missing = await eventflow('token', 'create', '--role', 'viewer');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--workspace is required');
    const unknown = await eventflow('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('creates a workspace into a seeded store and prints it as JSON', { timeout: SLOW }, async () => {
    const run = await eventflow('workspace', 'create', 'Team A', '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ slug: 'team-a', name: 'Team A', description: '' });
    expect(run.stderr).toContain('seeded the demo workspace');
    const list = await eventflow('workspace', 'list', '--json');
    expect(list.code, list.stderr).toBe(0);
    expect((JSON.parse(list.stdout) as Array<{ slug: string }>).map((w) => w.slug).sort()).toEqual(['demo', 'team-a']);
    expect(await readdir(dataDir)).not.toContain(path.basename(storeLockPath(dataDir)));
  });

  it('fails with exit 1 and "not found" for an unknown workspace', { timeout: SLOW }, async () => {
    const run = await eventflow('token', 'create', '--workspace', 'no-such-team', '--role', 'viewer');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('not found');
  });

  it('refuses with exit 1 while the server holds the embedded store', { timeout: SLOW }, async () => {
    // This test process stands in for a live server.
    const lock = { holder: 'server', pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString(), nonce: 'server' };
    await writeFile(storeLockPath(dataDir), JSON.stringify(lock));
    try {
      const run = await eventflow('workspace', 'list');
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`the Eventflow server is using ${dataDir}`);
    } finally {
      await rm(storeLockPath(dataDir));
    }
  });

  it('prints a token once and stores only its sha256', { timeout: SLOW }, async () => {
    const run = await eventflow('token', 'create', '--workspace', 'team-a', '--role', 'viewer', '--json');
    expect(run.code, run.stderr).toBe(0);
    const created = JSON.parse(run.stdout) as { token: string; id: string; role: string; name: string };
    expect(created).toMatchObject({ role: 'viewer', name: 'api token' });
    expect(created.token).toMatch(/^efp_/);

    const db = await openDatabase({ databaseUrl: '', dataDir, migrationsDir: path.join(repo, 'prisma', 'migrations') });
    try {
      const row = await db.prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } });
      expect(row.tokenHash).toBe(createHash('sha256').update(created.token).digest('hex'));
      // No column of any table holds the secret (the change log keeps only a prefix).
      const tables = await db.raw.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
      );
      expect(tables.map((t) => t.table_name)).toContain('ApiToken');
      for (const { table_name } of tables) {
        const rows = await db.raw.query(`SELECT * FROM "${table_name}"`);
        expect(JSON.stringify(rows), table_name).not.toContain(created.token);
      }
    } finally {
      await db.close();
    }
  });
});
