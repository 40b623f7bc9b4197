import { conflict } from '../errors';

/**
 * Optimistic concurrency: an update names the version it read; the write only
 * lands where the row still has that version (`updateMany where version = n`).
 * If someone saved in between, the caller gets 409 with the fresh state.
 */
export async function guardedUpdate<T>(
  write: () => Promise<{ count: number }>,
  reload: () => Promise<T & { version: number }>,
  what: string,
  expectedVersion: number,
  present: (row: T) => unknown,
): Promise<T> {
  const { count } = await write();
  const fresh = await reload();
  if (count === 0) {
    throw conflict(
      `${what} was changed by someone else (you edited version ${expectedVersion}, it is now at version ${fresh.version}). Review the current state and try again.`,
      { current: present(fresh) },
    );
  }
  return fresh;
}
