/**
 * AsyncAPI import of a generated 1,000-message document into a fresh embedded store,
 * through the same use case as the API and CLI (parse + validate + apply in one
 * transaction), then a re-import that must change nothing. Target: < 10 s.
 * Run: `npx tsx bench/asyncapi-import.bench.ts`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { largeDocument } from '../lib/domain/asyncapi/testing/large-document';
import { importWorkspaceAsyncApi } from '../lib/server/asyncapi/import-workspace';
import { openDatabase } from '../lib/server/db';
import type { BenchRow } from './run';

export async function run(): Promise<BenchRow[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'eventflow-bench-import-'));
  const db = await openDatabase({ databaseUrl: '', dataDir: dir, migrationsDir: path.resolve(import.meta.dirname, '../prisma/migrations') });
  try {
    const ws = await db.prisma.workspace.create({ data: { slug: 'bench', name: 'bench' } });
    const actor = { principal: { kind: 'local' as const, name: 'bench' }, workspaceId: ws.id, role: 'owner' as const, userId: null, name: 'bench' };
    const text = largeDocument(1000);
    const files = [{ path: 'large.yaml', text }];
    let start = performance.now();
    const first = await importWorkspaceAsyncApi(db, actor, { files }, { dryRun: false });
    const importMs = performance.now() - start;
    start = performance.now();
    const again = await importWorkspaceAsyncApi(db, actor, { files }, { dryRun: false });
    const reimportMs = performance.now() - start;
    const events = await db.prisma.event.count({ where: { workspaceId: ws.id } });
    return [
      { name: 'import 1,000-message AsyncAPI document (wall clock)', value: Math.round(importMs), unit: 'ms', target: '< 10000' },
      { name: 're-import of the same document (wall clock)', value: Math.round(reimportMs), unit: 'ms', target: '< 10000' },
      { name: 'events created by the import', value: events, unit: 'events', target: '>= 1000' },
      { name: 'items changed by the re-import', value: again.summary.counts.create + again.summary.counts.update + again.summary.counts['new-version'], unit: 'items', target: '<= 0' },
      { name: 'document size', value: Math.round(text.length / 1024), unit: 'KiB', target: 'info' },
      { name: 'items in the first import summary', value: first.summary.items.length, unit: 'items', target: 'info' },
    ];
  } finally {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await run());
}
