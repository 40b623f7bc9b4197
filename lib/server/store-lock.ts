import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, readFile, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';

/**
 * One process at a time may open an embedded (PGlite) store: a second opener would
 * corrupt it. Whoever opens it keeps a lock file in the data directory naming itself.
 * Self-contained (node built-ins only) so the server can import it as it is.
 */

/** Who holds the store: the web server or an `eventflow` command. */
export type StoreHolder = 'server' | 'cli';

/** What the lock file says; JSON in `<dataDir>/eventflow.lock`. */
export interface StoreLockInfo {
  holder: StoreHolder;
  pid: number;
  hostname: string;
  startedAt: string;
  /** Distinguishes this acquisition from an earlier one by the same pid. */
  nonce: string;
}

export interface StoreLock {
  readonly path: string;
  readonly info: StoreLockInfo;
  /** Removes the lock file if it is still ours; safe to call twice. */
  release(): Promise<void>;
  /** The same, synchronously, for `process.on('exit')`. */
  releaseSync(): void;
}

/** The store is open in another live process. */
export class StoreBusyError extends Error {
  override name = 'StoreBusyError';
  constructor(
    readonly dir: string,
    readonly holder: StoreLockInfo,
  ) {
    super(
      holder.holder === 'server'
        ? `the Eventflow server is using ${dir} (pid ${holder.pid}); stop it, or point both at Postgres with DATABASE_URL`
        : `another eventflow command is using ${dir} (pid ${holder.pid}); wait for it to finish, or point both at Postgres with DATABASE_URL`,
    );
  }
}

export const STORE_LOCK_FILE = 'eventflow.lock';

/** @example storeLockPath('/srv/eventflow/.data') // '/srv/eventflow/.data/eventflow.lock' */
export function storeLockPath(dir: string): string {
  return path.join(dir, STORE_LOCK_FILE);
}

/**
 * Whether `pid` names a running process on this machine. EPERM means it runs
 * under another user, which is still alive.
 * @example isProcessAlive(process.pid) // true
 */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The live holder of the store in `dir`, or null when it is free (no lock file, an
 * unreadable one, or one left by a process that has died).
 * @example
 * const holder = await findStoreHolder(dataDir);
 * if (holder?.holder === 'server') console.error('stop the server first');
 */
export async function findStoreHolder(dir: string): Promise<StoreLockInfo | null> {
  const info = parseLock(await readText(storeLockPath(dir)));
  return info && isLive(info) ? info : null;
}

export interface AcquireOptions {
  /** Remove the lock when the process exits (servers; a CLI releases explicitly). */
  releaseOnExit?: boolean;
}

/**
 * Takes the store in `dir` (which must exist) for this process, or throws
 * StoreBusyError naming the live holder. A stale lock (dead pid) is replaced; a lock
 * with this process's own pid is taken over, so a re-opening dev server is not locked out.
 * @example
 * const lock = await acquireStoreLock(dataDir, 'server', { releaseOnExit: true });
 * try { … open PGlite … } finally { await lock.release(); }
 */
export async function acquireStoreLock(dir: string, holder: StoreHolder, options: AcquireOptions = {}): Promise<StoreLock> {
  const file = storeLockPath(dir);
  const info: StoreLockInfo = {
    holder,
    pid: process.pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
    nonce: randomBytes(8).toString('hex'),
  };
  const content = `${JSON.stringify(info, null, 2)}\n`;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await createExclusively(file, content)) return heldLock(file, info, options);
    const existingText = await readText(file);
    if (existingText === null) continue; // released between our create and read
    const existing = parseLock(existingText);
    if (existing && isLive(existing) && existing.pid !== process.pid) throw new StoreBusyError(dir, existing);
    // Stale, unreadable or our own: remove it only if nobody replaced it meanwhile.
    if ((await readText(file)) === existingText) await unlink(file).catch(ignoreMissing);
  }
  throw new Error(`could not take the store lock ${file}: it keeps changing`);
}

function heldLock(file: string, info: StoreLockInfo, options: AcquireOptions): StoreLock {
  let released = false;
  const releaseSync = () => {
    if (released) return;
    released = true;
    process.removeListener('exit', releaseSync);
    try {
      if (parseLock(readFileSync(file, 'utf8'))?.nonce === info.nonce) unlinkSync(file);
    } catch (error) {
      ignoreMissing(error);
    }
  };
  if (options.releaseOnExit) process.once('exit', releaseSync);
  return {
    path: file,
    info,
    async release() {
      if (released) return;
      released = true;
      process.removeListener('exit', releaseSync);
      if (parseLock(await readText(file))?.nonce === info.nonce) await unlink(file).catch(ignoreMissing);
    },
    releaseSync,
  };
}

/**
 * Creates `file` with `content` only if it does not exist. Writing a private temp file
 * and hard-linking it makes the file appear complete, so a reader never sees it half written.
 */
async function createExclusively(file: string, content: string): Promise<boolean> {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, content);
  try {
    await link(temp, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
    // File systems without hard links: an exclusive create is still atomic, only not all-at-once.
    try {
      await writeFile(file, content, { flag: 'wx' });
      return true;
    } catch (fallbackError) {
      if ((fallbackError as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw fallbackError;
    }
  } finally {
    await unlink(temp).catch(ignoreMissing);
  }
}

function isLive(info: StoreLockInfo): boolean {
  // A pid from another machine cannot be checked from here; assume it is running.
  if (info.hostname !== hostname()) return true;
  return isProcessAlive(info.pid);
}

function parseLock(text: string | null): StoreLockInfo | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<StoreLockInfo>;
    const valid =
      (value.holder === 'server' || value.holder === 'cli') &&
      typeof value.pid === 'number' &&
      typeof value.hostname === 'string' &&
      typeof value.nonce === 'string';
    return valid ? (value as StoreLockInfo) : null;
  } catch {
    return null;
  }
}

async function readText(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    ignoreMissing(error);
    return null;
  }
}

function ignoreMissing(error: unknown): void {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
}
