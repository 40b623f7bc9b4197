import { getDatabase, type Database } from './db';
import { seedIfEmpty } from './seed';

/**
 * The app's database, migrated and (when empty) seeded before first use.
 * Route handlers, pages and server actions all start here.
 */
export function db(): Promise<Database> {
  return getDatabase(async (database) => {
    const result = await seedIfEmpty(database);
    if (result.seeded || database.kind === 'pglite') announceDemo(result.demoEmail, result.demoPassword, result.seeded);
  });
}

function announceDemo(email: string, password: string | undefined, seeded: boolean) {
  const lines = [
    seeded ? 'Eventflow: seeded the demo workspace (slug "demo").' : 'Eventflow: demo workspace ready.',
    password ? `Sign in as ${email} with password ${password}` : `Demo owner: ${email}`,
  ];
  console.log(lines.join('\n'));
}
