/**
 * CPU per request of two builds of the app, interleaved: both serve the same throwaway scale
 * catalog at once, and each round sends the same kind of traffic to one, then the other. This
 * machine's CPU steal makes separate request-cost runs of one build differ by 30%; alternating
 * rounds puts both builds under the same minutes. Needs both built (`npm run build` in each).
 * Run: `AB_BASE=/tmp/base npx tsx bench/profile/request-ab.ts` (AB_CANDIDATE defaults to this
 * checkout; AB_KINDS as COST_KINDS, default event-page; AB_ROUNDS, default 9; AB_REQUESTS per round, default 120).
 */
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { startApp, type AppServer } from '../load/app-server';
import { costTraffic } from '../load/cost-traffic';
import { prepareLoadFixtures } from '../load/fixtures';
import { createThrowawayDatabase } from '../load/throwaway-database';

const here = path.dirname(new URL(import.meta.url).pathname);
const base = process.env.AB_BASE;
const candidate = path.resolve(process.env.AB_CANDIDATE ?? path.join(here, '..', '..'));
const kinds = (process.env.AB_KINDS ?? 'event-page').split(',');
const rounds = Number(process.env.AB_ROUNDS ?? 9);
const requests = Number(process.env.AB_REQUESTS ?? 120);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  if (!base) throw new Error('Set AB_BASE to the directory of the other build (e.g. a git worktree, built).');
  const db = await createThrowawayDatabase(process.env.LOAD_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  const apps: Array<{ name: string; app?: AppServer }> = [{ name: `base (${base})` }, { name: `candidate (${candidate})` }];
  try {
    const fixtures = await prepareLoadFixtures(db.url, { events: Number(process.env.LOAD_EVENTS ?? 10_000), services: 1_000, domains: 30 });
    for (const [index, dir] of [base, candidate].entries()) {
      apps[index]!.app = await startApp({ appDir: path.resolve(dir), port: 3540 + index, databaseUrl: db.url, logFile: path.join(os.tmpdir(), `eventflow-ab-${index}.log`) });
    }
    const rows = [];
    for (const kind of kinds) {
      const specs = await Promise.all(apps.map(async ({ app }) => (await costTraffic(app!.baseUrl, fixtures)).find((s) => s.kind === kind)));
      if (!specs[0] || !specs[1]) throw new Error(`No traffic of kind "${kind}"`);
      const samples: number[][] = [[], []];
      for (let round = 0; round <= rounds; round++) {
        // Alternate which goes first, so neither always follows the other's load.
        for (const index of round % 2 === 0 ? [0, 1] : [1, 0]) {
          const app = apps[index]!.app!;
          const spec = specs[index]!;
          const run = (amount: number) => autocannon({ url: app.baseUrl, connections: 4, amount, headers: spec.headers, requests: spec.requests as never, timeout: 30 });
          if (round === 0) {
            await run(60); // warm-up: route compile, JIT, caches
            continue;
          }
          await sleep(600); // the app's CPU is sampled every 500 ms
          const cpu = app.cpuSeconds();
          await run(requests);
          await sleep(600);
          samples[index]!.push(((app.cpuSeconds() - cpu) * 1000) / requests);
        }
      }
      const [a, b] = samples.map(median) as [number, number];
      rows.push({ kind, 'base ms/request': round2(a), 'candidate ms/request': round2(b), 'candidate / base': round2(b / a), 'base range': range(samples[0]!), 'candidate range': range(samples[1]!) });
    }
    console.table(rows);
  } finally {
    for (const { app } of apps) await app?.stop();
    await db.drop();
  }
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const range = (values: number[]) => `${round2(Math.min(...values))}–${round2(Math.max(...values))}`;

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
