// `npm test`: every suite. Unit and integration tests (vitest), then the browser
// specs (Playwright) against one production build. With DATABASE_URL set, the e2e
// run uses a throw-away database on that server; otherwise a fresh embedded store.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import pg from 'pg';

const VITEST_JSON = 'test-results/vitest.json';
const PLAYWRIGHT_JSON = 'test-results/playwright.json';
mkdirSync('test-results', { recursive: true });
for (const file of [VITEST_JSON, PLAYWRIGHT_JSON]) rmSync(file, { force: true });

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
if (!only || only === 'vitest') run('npx', ['--no-install', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`]);
if (!only || only === 'e2e') {
  if (process.env.DATABASE_URL) {
    await withThrowawayDatabase(process.env.DATABASE_URL, async (url) => run('npx', ['--no-install', 'playwright', 'test'], { E2E_DATABASE_URL: url }));
  } else {
    run('npx', ['--no-install', 'playwright', 'test']);
  }
}

// One closing line for every suite together, in the plain form CI reads.
let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(VITEST_JSON)) {
  const report = JSON.parse(readFileSync(VITEST_JSON, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
if (existsSync(PLAYWRIGHT_JSON)) {
  const { stats } = JSON.parse(readFileSync(PLAYWRIGHT_JSON, 'utf8'));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  skipped += stats.skipped;
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
