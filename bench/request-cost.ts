/**
 * CPU cost per request kind of the built app on the scale catalog: each kind alone, a few
 * connections, the app's CPU seconds divided by the requests it answered (and the CPU of the
 * Postgres backends serving the test database). Finds where the
 * load test's time goes (the load test mixes everything).
 * Run: `npx tsx bench/request-cost.ts` (COST_REQUESTS per kind, default 300; COST_PORT, default 3530;
 * COST_KINDS=publish-spread,search picks kinds; floor-page and floor-route measure Next's own
 * per-request cost; LOAD_* as in load.ts).
 */
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { startApp, waitForOtherBuilds } from './load/app-server';
import { costTraffic } from './load/cost-traffic';
import type { KindSpec } from './load/traffic';
import { prepareLoadFixtures } from './load/fixtures';
import { postgresCpuMeter } from './load/process-tree';
import { createThrowawayDatabase } from './load/throwaway-database';

const log = (line: string) => console.error(`cost: ${line}`);
const requests = Number(process.env.COST_REQUESTS ?? 300);
const kinds = process.env.COST_KINDS?.split(',');
const appDir = path.resolve(process.env.LOAD_APP_DIR ?? path.join(path.dirname(new URL(import.meta.url).pathname), '..'));

type Probe = Pick<KindSpec, 'headers' | 'requests'> & { kind: string };

/**
 * What Next itself costs per request on this machine, whatever the app does: the sign-in page
 * (a dynamic page with one small server component and no query) and the health route. The load
 * test's page and API reads cannot cost less than these.
 */
const FLOOR_PROBES: Probe[] = [
  { kind: 'floor-page', headers: {}, requests: [{ method: 'GET', path: '/sign-in' }] },
  { kind: 'floor-route', headers: {}, requests: [{ method: 'GET', path: '/api/health' }] },
];

async function main(): Promise<void> {
  const db = await createThrowawayDatabase(process.env.LOAD_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  try {
    const fixtures = await prepareLoadFixtures(db.url, { events: Number(process.env.LOAD_EVENTS ?? 10_000), services: 1_000, domains: 30 });
    await waitForOtherBuilds(log);
    const app = await startApp({ appDir, port: Number(process.env.COST_PORT ?? 3530), databaseUrl: db.url, logFile: path.join(os.tmpdir(), 'eventflow-cost.log') });
    try {
      const specs: Probe[] = [...(await costTraffic(app.baseUrl, fixtures)), ...FLOOR_PROBES];
      const rows = [];
      for (const spec of specs.filter((s) => !kinds || kinds.includes(s.kind))) {
        const run = (amount: number) => autocannon({ url: app.baseUrl, connections: 4, amount, headers: spec.headers, requests: spec.requests as never, timeout: 30 });
        await run(40); // warm-up: route compile, JIT, caches
        await sleep(600); // the app's CPU is sampled every 500 ms
        const cpu = app.cpuSeconds();
        const postgres = postgresCpuMeter(db.name);
        const started = performance.now();
        const result = await run(requests);
        const seconds = (performance.now() - started) / 1000;
        await sleep(600);
        const cpuMs = ((app.cpuSeconds() - cpu) * 1000) / requests;
        const postgresMs = (postgres.seconds() * 1000) / requests;
        postgres.stop();
        rows.push({ kind: spec.kind, 'app CPU ms/request': Math.round(cpuMs * 100) / 100, 'Postgres CPU ms/request': Math.round(postgresMs * 100) / 100, 'p50 ms': result.latency.p50, 'p97.5 ms': result.latency.p97_5, 'req/s': Math.round((requests / seconds) * 10) / 10, non2xx: result.non2xx });
      }
      console.table(rows);
    } finally {
      await app.stop();
    }
  } finally {
    await db.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
