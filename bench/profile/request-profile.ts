/**
 * CPU profiles of the built app per request kind (as request-cost.ts sends them): the app runs
 * with cpu-profile-preload.cjs (profiles the server process, writes a profile on SIGUSR2), and
 * each kind's measured run lands in PROF_OUT as <kind>.cpuprofile (open in Chrome DevTools;
 * the server chunks' .map files name the sources). Needs `npm run build` first.
 * Run: `PROF_OUT=/tmp/prof npx tsx bench/profile/request-profile.ts` (PROFILE_KINDS, COST_REQUESTS, COST_PORT)
 */
import os from 'node:os';
import path from 'node:path';
import { readdirSync, renameSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { DEFAULT_HEAP_MB } from '../../scripts/heap-limit.mjs';
import { startApp } from '../load/app-server';
import { costTraffic } from '../load/cost-traffic';
import { prepareLoadFixtures } from '../load/fixtures';
import { createThrowawayDatabase } from '../load/throwaway-database';

const requests = Number(process.env.COST_REQUESTS ?? 300);
const out = process.env.PROF_OUT ?? '/tmp/prof';
const kinds = (process.env.PROFILE_KINDS ?? 'publish-spread,event-json,event-page,search').split(',');

const db = await createThrowawayDatabase('postgresql://postgres@localhost/postgres?host=/var/run/postgresql');
try {
  const fixtures = await prepareLoadFixtures(db.url, { events: Number(process.env.LOAD_EVENTS ?? 10_000), services: 1_000, domains: 30 });
  const app = await startApp({
    appDir: process.cwd(), port: Number(process.env.COST_PORT ?? 3531), databaseUrl: db.url, logFile: path.join(os.tmpdir(), 'eventflow-profile.log'),
    // The heap limit npm start would add, given here so start.mjs serves in its own (profiled, signalled) process.
    extraEnv: { NODE_OPTIONS: `--import ${path.join(path.dirname(new URL(import.meta.url).pathname), 'cpu-profile-preload.mjs')} --max-old-space-size=${DEFAULT_HEAP_MB}`, PROF_OUT: out },
  });
  const server = { pid: app.pid };

  const dump = async (name: string) => {
    const before = new Set(readdirSync(out));
    process.kill(server.pid, 'SIGUSR2');
    for (let i = 0; i < 100; i++) {
      await sleep(200);
      const fresh = readdirSync(out).filter((f) => !before.has(f) && f.startsWith('server-'));
      if (fresh[0]) return renameSync(path.join(out, fresh[0]), path.join(out, `${name}.cpuprofile`));
    }
  };
  try {
    const specs = await costTraffic(app.baseUrl, fixtures);
    for (const spec of specs.filter((s) => kinds.includes(s.kind))) {
      const run = (amount: number) => autocannon({ url: app.baseUrl, connections: 4, amount, headers: spec.headers, requests: spec.requests as never, timeout: 30 });
      await run(40);
      await dump(`${spec.kind}-warmup`);
      const cpu = app.cpuSeconds();
      const result = await run(requests);
      await sleep(600);
      console.log(spec.kind, 'CPU ms/request', (((app.cpuSeconds() - cpu) * 1000) / requests).toFixed(2), 'non2xx', result.non2xx);
      await dump(spec.kind);
    }
  } finally {
    await app.stop();
  }
} finally {
  await db.drop();
}
