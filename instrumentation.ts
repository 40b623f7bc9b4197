/** Next calls this once per server start: migrate, seed and print how to sign in before the first request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { installServerLanes } = await import('./lib/server/lanes');
  installServerLanes();
  const { db } = await import('./lib/server/runtime');
  await db();
}
