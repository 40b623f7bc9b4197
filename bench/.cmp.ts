import pg from 'pg';
import { openDatabase } from '../lib/server/db';
const url = 'postgresql://postgres@127.0.0.1:5432/eventflow_prof';
const db = await openDatabase({ databaseUrl: url });
const pool = new pg.Pool({ connectionString: url });
async function time(name: string, fn: () => Promise<unknown>, n = 2000) {
  for (let i = 0; i < 200; i++) await fn();
  const c = process.cpuUsage(); for (let i = 0; i < n; i++) await fn(); const u = process.cpuUsage(c);
  console.log(name.padEnd(40), ((u.user + u.system) / 1000 / n).toFixed(3), 'ms CPU/op');
}
for (let round = 0; round < 2; round++) {
  await time('pg pool SELECT 1', () => pool.query('SELECT 1'));
  await time('pg pool param query', () => pool.query('SELECT id, name FROM "ApiToken" WHERE "tokenHash" = $1', ['x']));
  await time('prisma $queryRaw SELECT 1', () => db.prisma.$queryRaw`SELECT 1`);
  await time('prisma apiToken.findUnique', () => db.prisma.apiToken.findUnique({ where: { tokenHash: 'x' } }));
}
await pool.end(); await db.close();
