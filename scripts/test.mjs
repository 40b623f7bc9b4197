// `npm test`: every suite. Unit and integration tests (vitest), then the browser
// specs (Playwright) against one production build. With DATABASE_URL set, the e2e
// run uses a throw-away database on that server; otherwise a fresh embedded store.
import { spawnSync } from 'node:child_process';
import pg from 'pg';

function run(command, args, env = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function withThrowawayDatabase(baseUrl, fn) {
  const name = `eventflow_e2e_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  try {
    await fn(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}

const only = process.argv[2];
if (!only || only === 'vitest') run('npx', ['--no-install', 'vitest', 'run']);
if (!only || only === 'e2e') {
  if (process.env.DATABASE_URL) {
    await withThrowawayDatabase(process.env.DATABASE_URL, async (url) => run('npx', ['--no-install', 'playwright', 'test'], { E2E_DATABASE_URL: url }));
  } else {
    run('npx', ['--no-install', 'playwright', 'test']);
  }
}
