import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireStoreLock, findStoreHolder, isProcessAlive, StoreBusyError, storeLockPath, type StoreLockInfo } from './store-lock';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'eventflow-lock-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A lock file as another process would have left it. */
async function writeForeignLock(pid: number, holder: StoreLockInfo['holder'] = 'server') {
  const info: StoreLockInfo = { holder, pid, hostname: hostname(), startedAt: new Date().toISOString(), nonce: 'foreign' };
  await writeFile(storeLockPath(dir), JSON.stringify(info));
}

/** The pid of a process that has certainly exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('store lock', () => {
  it('writes a JSON lock naming this process and removes it on release', async () => {
    const lock = await acquireStoreLock(dir, 'cli');
    const onDisk = JSON.parse(await readFile(storeLockPath(dir), 'utf8')) as StoreLockInfo;
    expect(onDisk).toMatchObject({ holder: 'cli', pid: process.pid, nonce: lock.info.nonce });
    expect(await findStoreHolder(dir)).toMatchObject({ holder: 'cli', pid: process.pid });
    await lock.release();
    expect(await readdir(dir)).toEqual([]);
    expect(await findStoreHolder(dir)).toBeNull();
  });

  it('refuses while a live server holds the store, naming the server and the directory', async () => {
    await writeForeignLock(process.ppid, 'server');
    const error = await acquireStoreLock(dir, 'cli').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreBusyError);
    expect((error as Error).message).toContain('the Eventflow server is using');
    expect((error as Error).message).toContain(dir);
    expect((error as Error).message).toContain('DATABASE_URL');
    // The holder's file is untouched.
    expect(JSON.parse(await readFile(storeLockPath(dir), 'utf8'))).toMatchObject({ nonce: 'foreign' });
  });

  it('replaces a lock left by a dead process', async () => {
    const pid = await deadPid();
    expect(isProcessAlive(pid)).toBe(false);
    await writeForeignLock(pid);
    expect(await findStoreHolder(dir)).toBeNull();
    const lock = await acquireStoreLock(dir, 'server');
    expect(await findStoreHolder(dir)).toMatchObject({ holder: 'server', pid: process.pid, nonce: lock.info.nonce });
    await lock.release();
  });

  it('replaces an unreadable lock file', async () => {
    await writeFile(storeLockPath(dir), '{"pid": 12');
    const lock = await acquireStoreLock(dir, 'cli');
    expect(await findStoreHolder(dir)).toMatchObject({ nonce: lock.info.nonce });
    await lock.release();
  });

  it('lets only one of two simultaneous acquirers win', async () => {
    const outcomes = await Promise.allSettled([acquireStoreLock(dir, 'cli'), acquireStoreLock(dir, 'cli')]);
    // Same pid takes over its own lock, so both may succeed in turn; the file must name exactly one.
    const won = outcomes.filter((o) => o.status === 'fulfilled').map((o) => o.value);
    const onDisk = JSON.parse(await readFile(storeLockPath(dir), 'utf8')) as StoreLockInfo;
    expect(won.map((l) => l.info.nonce)).toContain(onDisk.nonce);
    for (const lock of won) await lock.release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('a superseded lock does not remove its successor on release', async () => {
    const first = await acquireStoreLock(dir, 'server');
    const second = await acquireStoreLock(dir, 'server'); // same pid: a dev server re-opening
    await first.release();
    expect(await findStoreHolder(dir)).toMatchObject({ nonce: second.info.nonce });
    second.releaseSync();
    expect(await findStoreHolder(dir)).toBeNull();
  });
});
