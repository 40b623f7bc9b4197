import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from '@asyncapi/parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshWorkspace, openTestDatabase, STORES } from '@/tests/databases';
import type { Database } from '../db';
import { AppError } from '../errors';
import { exportWorkspaceAsyncApi } from './export-workspace';
import { importWorkspaceAsyncApi } from './import-workspace';

const FIXTURES = path.resolve(__dirname, '../../domain/asyncapi/fixtures');
const file = (name: string) => ({ path: name, text: readFileSync(path.join(FIXTURES, name), 'utf8') });

async function counts(db: Database, workspaceId: string) {
  const where = { workspaceId };
  return {
    services: await db.prisma.service.count({ where }),
    events: await db.prisma.event.count({ where }),
    versions: await db.prisma.eventVersion.count({ where }),
    channels: await db.prisma.channel.count({ where }),
    changes: await db.prisma.changeLog.count({ where }),
  };
}

describe.each(STORES)('AsyncAPI import and export on %s', (store) => {
  let db: Database;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ db, cleanup } = await openTestDatabase(store)));
  afterAll(async () => cleanup?.());

  it('previews without writing, imports in one go, and re-imports as a no-op', async () => {
    const actor = await freshWorkspace(db);
    const files = [file('kafka-orders.yaml')];
    const empty = await counts(db, actor.workspaceId);
    const preview = await importWorkspaceAsyncApi(db, actor, { files }, { dryRun: true });
    expect(preview.summary.counts.create).toBeGreaterThan(0);
    expect(await counts(db, actor.workspaceId)).toEqual(empty);

    const applied = await importWorkspaceAsyncApi(db, actor, { files }, { dryRun: false });
    expect(applied.summary.items).toEqual(preview.summary.items);
    const after = await counts(db, actor.workspaceId);
    expect(after.events).toBeGreaterThan(0);
    expect(after.versions).toBe(after.events);

    const again = await importWorkspaceAsyncApi(db, actor, { files }, { dryRun: false });
    expect(again.summary.counts).toMatchObject({ create: 0, update: 0, 'new-version': 0 });
    expect(await counts(db, actor.workspaceId)).toEqual(after);
  });

  it('refuses an invalid document with the parser diagnostics and writes nothing', async () => {
    const actor = await freshWorkspace(db);
    const before = await counts(db, actor.workspaceId);
    let error: AppError | undefined;
    try {
      await importWorkspaceAsyncApi(db, actor, { files: [file('invalid-missing-fields.yaml')] }, { dryRun: false });
    } catch (caught) {
      error = caught as AppError;
    }
    expect(error?.status).toBe(422);
    const diagnostics = (error?.details as { diagnostics: Array<{ message: string; path: string }> }).diagnostics;
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0]).toEqual(expect.objectContaining({ message: expect.any(String), path: expect.any(String) }));
    expect(await counts(db, actor.workspaceId)).toEqual(before);
  });

  it('refuses a breaking schema change on re-import, storing no version', async () => {
    const actor = await freshWorkspace(db);
    const original = file('kafka-orders.yaml');
    await importWorkspaceAsyncApi(db, actor, { files: [original] }, { dryRun: false });
    const versionsBefore = (await counts(db, actor.workspaceId)).versions;
    // Narrowing a number to an integer breaks BACKWARD: old producers may send fractions.
    const breaking = { path: original.path, text: original.text.replace(/type: number/, 'type: integer') };
    expect(breaking.text).not.toBe(original.text);
    const outcome = await importWorkspaceAsyncApi(db, actor, { files: [breaking] }, { dryRun: false });
    expect(outcome.summary.counts.refused).toBe(1);
    expect(outcome.summary.items.find((i) => i.action === 'refused')?.reason).toMatch(/BACKWARD/);
    expect((await counts(db, actor.workspaceId)).versions).toBe(versionsBefore);
  });

  it('exports what it imported as a document that parses with zero errors, in both versions', async () => {
    const actor = await freshWorkspace(db);
    await importWorkspaceAsyncApi(db, actor, { files: [file('kafka-orders.yaml')] }, { dryRun: false });
    const parser = new Parser();
    for (const version of ['3.0.0', '2.6.0'] as const) {
      for (const format of ['yaml', 'json'] as const) {
        const exported = await exportWorkspaceAsyncApi(db, actor, { version, format });
        const { diagnostics } = await parser.parse(exported.text);
        expect(diagnostics.filter((d) => d.severity === 0), `${version} ${format}`).toEqual([]);
      }
    }
  });
});
