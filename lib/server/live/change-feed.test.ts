import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshWorkspace, openTestDatabase, STORES } from '@/tests/databases';
import { createService } from '../catalog/services';
import type { Database } from '../db';
import { onChange, type ChangeSignal } from './change-feed';

describe.each(STORES)('change feed on %s', (store) => {
  let db: Database;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ db, cleanup } = await openTestDatabase(store)));
  afterAll(async () => cleanup?.());

  it('signals committed changes with their workspace and change id, and not rolled-back ones', async () => {
    const actor = await freshWorkspace(db);
    const seen: ChangeSignal[] = [];
    const stop = await onChange(db, (signal) => {
      if (signal.workspaceId === actor.workspaceId) seen.push(signal);
    });
    await createService(db, actor, { name: 'Live', description: '', owner: '', tags: [] });
    await createService(db, actor, { name: 'Live', description: '', owner: '', tags: [] }).catch(() => undefined);
    await expect.poll(() => seen.length, { timeout: 5000 }).toBe(1);
    const logged = await db.prisma.changeLog.findFirstOrThrow({ where: { workspaceId: actor.workspaceId } });
    expect(seen[0]!.id).toBe(logged.id.toString());
    await new Promise((r) => setTimeout(r, 200));
    expect(seen).toHaveLength(1);
    stop();
  });
});
