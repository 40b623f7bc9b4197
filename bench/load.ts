/**
 * The load test (minutes, so not a `*.bench.ts` the bench runner picks up by default):
 * a throw-away Postgres database seeded with the scale catalog, the built app started
 * against it, then 200 connections for LOAD_SECONDS (60): publishers adding compatible
 * versions (spread over many events, plus a few hot events whose 409s are expected),
 * and readers of the event JSON, the event HTML page and the search list. Clients are paced
 * (together they offer LOAD_PUBLISH_RATE publishes/s and LOAD_READ_RATE reads/s; LOAD_PACED=false
 * makes every connection send as fast as it is answered, which measures saturation). Afterwards
 * it verifies that every acknowledged publish is stored exactly once.
 * Run: `npm run bench:load` (`tsx bench/load.ts`). Settings: LOAD_SECONDS, LOAD_WARMUP_SECONDS,
 * LOAD_CONNECTIONS, LOAD_PORT, LOAD_APP_DIR (a built copy of the app), LOAD_ADMIN_URL, LOAD_EVENTS.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startApp, waitForOtherBuilds, type AppServer } from './load/app-server';
import type { ObjectSchema } from './load/payload-schema';
import { prepareLoadFixtures, signIn } from './load/fixtures';
import { mulberry32 } from './load/random';
import { machineBusyCpuSeconds, postgresCpuMeter } from './load/process-tree';
import { kindSummary, table, trafficTotals, writeResults, type BenchRow } from './load/report';
import { runPacedPhase } from './load/paced-phase';
import { runPhase, type KindStats } from './load/run-phase';
import { capacityRows, judgeStep, searchCapacity, stepsTable } from './load/capacity-search';
import { createThrowawayDatabase, type ThrowawayDatabase } from './load/throwaway-database';
import { paced, PublishLedger, trafficMix, type KindSpec, type PublishTarget } from './load/traffic';
import { verifyExactlyOnce } from './load/verify-exactly-once';

const benchDir = path.dirname(new URL(import.meta.url).pathname);
const MiB = 2 ** 20;
const PG_SOCKET_DIR = '/var/run/postgresql';
const log = (line: string) => console.error(`load: ${line}`);

function settingsFromEnv() {
  const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
  return {
    // The app and Postgres share this machine: a Unix socket where there is one (a third of
    // loopback TCP's CPU per query, as a co-located deployment would connect), else TCP.
    adminUrl: process.env.LOAD_ADMIN_URL ?? (existsSync(`${PG_SOCKET_DIR}/.s.PGSQL.5432`) ? `postgresql://postgres@localhost/postgres?host=${PG_SOCKET_DIR}` : 'postgresql://postgres@127.0.0.1:5432/postgres'),
    appDir: path.resolve(process.env.LOAD_APP_DIR ?? path.join(benchDir, '..')),
    port: num('LOAD_PORT', 3500),
    seconds: num('LOAD_SECONDS', 60),
    warmupSeconds: num('LOAD_WARMUP_SECONDS', 5),
    connections: num('LOAD_CONNECTIONS', 200),
    size: { events: num('LOAD_EVENTS', 10_000), services: num('LOAD_SERVICES', 1_000), domains: num('LOAD_DOMAINS', 30) },
    spreadEvents: num('LOAD_SPREAD_EVENTS', 2_000),
    hotEvents: num('LOAD_HOT_EVENTS', 4),
    // Clients pace themselves (a person or CI job does not fire the next request the instant
    // one returns): together they offer these rates; LOAD_PACED=false saturates instead.
    paced: process.env.LOAD_PACED !== 'false',
    publishRate: num('LOAD_PUBLISH_RATE', 250),
    readRate: num('LOAD_READ_RATE', 250),
    // LOAD_CAPACITY=true: instead of one run at the offered rates, short paced steps at fractions of
    // them (doubling from LOAD_CAPACITY_START, then bisecting) find the most this machine serves within the targets.
    capacity: process.env.LOAD_CAPACITY === 'true',
    capacitySeconds: num('LOAD_CAPACITY_SECONDS', 20),
    capacityStart: num('LOAD_CAPACITY_START', 0.1),
    capacityRefinements: num('LOAD_CAPACITY_REFINEMENTS', 3),
    // How the app itself was started (it inherits this environment), recorded with the results.
    appWorkers: process.env.EVENTFLOW_WORKERS ?? '1',
    appNodeOptions: process.env.NODE_OPTIONS ?? '',
  };
}

const cleanups: Array<() => Promise<void>> = [];
async function cleanUp(): Promise<void> {
  while (cleanups.length > 0) await cleanups.pop()!().catch((error: unknown) => log(`cleanup failed: ${String(error)}`));
}

/** Re-reads the latest stored version of targets whose last answer the generator never read. */
async function resync(baseUrl: string, slug: string, token: string, targets: PublishTarget[]): Promise<void> {
  for (const target of targets) {
    const res = await fetch(`${baseUrl}/api/v1/workspaces/${slug}/events/${encodeURIComponent(target.name)}/versions`, { headers: { authorization: `Bearer ${token}` } });
    const { items } = (await res.json()) as { items: Array<{ number: number; schema: string }> };
    const latest = items.at(-1)!;
    target.schema = JSON.parse(latest.schema) as ObjectSchema;
    target.latest = latest.number;
    target.busy = false;
  }
}

function rowsFrom(stats: KindStats[], extra: { seedSeconds: number; peakTree: number; peakLargest: number; cores: { app: number; postgres: number; generator: number; machine: number }; violations: number; cutOff: number; contention: number; unexpected409: number; size: string; offered: string; processes: string }): BenchRow[] {
  const of = (kind: string) => kindSummary(stats.find((s) => s.kind === kind)!);
  const { accepted, acceptedPerSecond, readsPerSecond, errors } = trafficTotals(stats);
  return [
    { name: `scale seed (${extra.size})`, value: extra.seedSeconds, unit: 's', target: 'info' },
    { name: `publishes accepted per second (${extra.offered})`, value: acceptedPerSecond, unit: '/s', target: '>= 200' },
    { name: 'publishes accepted (201)', value: accepted, unit: 'versions', target: 'info' },
    { name: 'publish p95 (spread events)', value: of('publish-spread').p95, unit: 'ms', target: 'info' },
    { name: 'publish p95 (hot events, 201 and 409)', value: of('publish-hot').p95, unit: 'ms', target: 'info' },
    { name: 'hot-event 409s (expected contention)', value: extra.contention, unit: 'responses', target: 'info' },
    { name: 'event JSON p95 (GET …/events/{name})', value: of('event-json').p95, unit: 'ms', target: '< 100' },
    { name: 'event page p95 (HTML /w/{ws}/events/{name})', value: of('event-page').p95, unit: 'ms', target: '< 100' },
    { name: 'search/list p95 (GET …/events?q=…&limit=50)', value: of('search').p95, unit: 'ms', target: '< 100' },
    { name: 'reads per second (all three kinds)', value: readsPerSecond, unit: '/s', target: 'info' },
    { name: 'errors (unexpected status, socket errors, timeouts)', value: errors, unit: 'count', target: '<= 0' },
    { name: '  of which 409 on a spread (unshared) event', value: extra.unexpected409, unit: 'count', target: 'info' },
    { name: 'peak RSS, app process tree', value: extra.peakTree / MiB, unit: 'MiB', target: '< 1024' },
    { name: 'peak RSS, largest app process', value: extra.peakLargest / MiB, unit: 'MiB', target: 'info' },
    { name: `app CPU during the run (${extra.processes})`, value: extra.cores.app, unit: 'cores', target: 'info' },
    { name: 'Postgres CPU during the run (backends of the test database)', value: extra.cores.postgres, unit: 'cores', target: 'info' },
    { name: 'load generator CPU (this process)', value: extra.cores.generator, unit: 'cores', target: 'info' },
    { name: `whole machine busy (of ${os.cpus().length} cores; the rest is other work)`, value: extra.cores.machine, unit: 'cores', target: 'info' },
    { name: 'exactly-once violations', value: extra.violations, unit: 'count', target: '<= 0' },
    { name: 'stored publishes answered after the cut-off', value: extra.cutOff, unit: 'count', target: 'info' },
  ];
}

/** One phase of traffic, with the CPU the app, Postgres, this process and the machine spent on it (in cores). */
async function measurePhase(app: AppServer, databaseName: string, specs: KindSpec[], connections: number, seconds: number, isPaced = true) {
  const cpuBefore = app.cpuSeconds();
  const postgres = postgresCpuMeter(databaseName);
  const machineBefore = machineBusyCpuSeconds();
  const generatorBefore = process.cpuUsage();
  const started = performance.now();
  const stats = isPaced ? await runPacedPhase(app.baseUrl, specs, connections, seconds) : await runPhase(app.baseUrl, specs, connections, seconds);
  const elapsed = (performance.now() - started) / 1000;
  const generatorUsed = process.cpuUsage(generatorBefore);
  const postgresSeconds = postgres.seconds();
  postgres.stop();
  const cores = {
    app: (app.cpuSeconds() - cpuBefore) / elapsed,
    postgres: postgresSeconds / elapsed,
    generator: (generatorUsed.user + generatorUsed.system) / 1e6 / elapsed,
    machine: (machineBusyCpuSeconds() - machineBefore) / elapsed,
  };
  return { stats, cores };
}

/** Rows for a bench runner: `{ name, value, unit, target }`; also writes bench/results/load-*.{json,md}. */
export async function run(): Promise<BenchRow[]> {
  const settings = settingsFromEnv();
  let tmp: ThrowawayDatabase | undefined;
  let app: AppServer | undefined;
  try {
    tmp = await createThrowawayDatabase(settings.adminUrl);
    const database = tmp;
    cleanups.push(() => database.drop());
    log(`database ${tmp.name}; seeding ${settings.size.events} events…`);
    const fixtures = await prepareLoadFixtures(tmp.url, settings.size);
    log(`seeded in ${fixtures.seed.seconds.toFixed(1)} s`);
    await waitForOtherBuilds(log);
    const logFile = path.join(os.tmpdir(), `eventflow-load-${process.pid}.log`);
    log(`starting the app from ${settings.appDir} on port ${settings.port} (log: ${logFile})…`);
    app = await startApp({ appDir: settings.appDir, port: settings.port, databaseUrl: tmp.url, logFile });
    const server = app;
    cleanups.push(() => server.stop());
    const cookie = await signIn(app.baseUrl, fixtures.user);

    const slug = fixtures.seed.slug;
    const eligible = fixtures.seed.events.filter((e) => e.mode === 'BACKWARD' || e.mode === 'BACKWARD_TRANSITIVE');
    const toTarget = (e: (typeof eligible)[number]): PublishTarget => ({ id: e.id, name: e.name, schema: JSON.parse(e.schema) as ObjectSchema, latest: 1, busy: false });
    const hotTargets = eligible.filter((e) => e.mode === 'BACKWARD').slice(0, settings.hotEvents).map(toTarget);
    const spreadTargets = eligible.slice(settings.hotEvents).filter((e) => !hotTargets.some((h) => h.id === e.id)).slice(0, settings.spreadEvents).map(toTarget);
    const ledger = new PublishLedger();
    const mix = trafficMix({
      slug, editorToken: fixtures.editorToken, viewerToken: fixtures.viewerToken, cookie,
      eventNames: fixtures.seed.events.map((e) => e.name), spreadTargets, hotTargets, ledger, rng: mulberry32(7),
    });
    const specs = settings.paced ? paced(mix, settings) : mix;

    if (settings.warmupSeconds > 0) {
      log(`warm-up ${settings.warmupSeconds} s…`);
      await runPhase(app.baseUrl, specs, Math.max(specs.length * 2, Math.round(settings.connections / 10)), settings.warmupSeconds);
      await sleep(2000);
      await resync(app.baseUrl, slug, fixtures.editorToken, [...hotTargets, ...spreadTargets.filter((t) => t.busy)]);
      ledger.contention409 = 0;
      ledger.unexpected409 = 0;
    }
    app.resetPeak();
    if (!settings.capacity) log(`load: ${settings.connections} connections for ${settings.seconds} s${settings.paced ? `, offering ${settings.publishRate} publishes/s and ${settings.readRate} reads/s` : ', unpaced'}…`);
    const measured = settings.capacity
      ? {
          search: await searchCapacity(
            async (fraction) => {
              const step = await measurePhase(server, database.name, paced(mix, { publishRate: settings.publishRate * fraction, readRate: settings.readRate * fraction }), settings.connections, settings.capacitySeconds);
              const judged = judgeStep(step.stats, fraction, settings, step.cores);
              log(`${(fraction * 100).toFixed(1)}% of the offered load: ${judged.meets ? 'met' : `missed (${judged.misses.join('; ')})`}`);
              // The next step starts from what is stored: a publish cut off by a timeout may have landed.
              await sleep(2000);
              await resync(server.baseUrl, slug, fixtures.editorToken, [...hotTargets, ...spreadTargets.filter((t) => t.busy)]);
              return judged;
            },
            { start: settings.capacityStart, refinements: settings.capacityRefinements },
          ),
        }
      : await measurePhase(server, database.name, specs, settings.connections, settings.seconds, settings.paced);
    const peak = app.peak();
    await sleep(3000); // requests cut off by the end of the phase may still commit
    await app.stop();
    log('verifying exactly-once…');
    const verification = await verifyExactlyOnce(tmp.url, fixtures.seed.workspaceId, fixtures.seed.events, ledger);
    const c = fixtures.seed.counts;
    const size = `${c.events} events, ${c.services} services, ${c.domains} domains, ${c.consumers} consumers`;
    const common = { seedSeconds: fixtures.seed.seconds, size, peakTree: peak.treeBytes, peakLargest: peak.largestProcessBytes, violations: verification.violations.length };
    const rows = 'search' in measured
      ? capacityRows(measured.search, settings, common)
      : rowsFrom(measured.stats, {
          ...common,
          cores: measured.cores,
          cutOff: verification.storedUnanswered,
          contention: ledger.contention409,
          unexpected409: ledger.unexpected409,
          processes: `${settings.appWorkers} app process(es)${settings.appNodeOptions ? `, NODE_OPTIONS ${settings.appNodeOptions}` : ''}`,
          offered: settings.paced ? `clients paced to offer ${settings.publishRate} publishes/s + ${settings.readRate} reads/s` : 'unpaced: every client sends as fast as answered',
        });
    console.log(table(rows));
    if ('search' in measured) console.log(`\n${stepsTable(measured.search.steps)}`);
    if (verification.violations.length > 0) console.log(`Exactly-once violations:\n- ${verification.violations.join('\n- ')}`);
    const files = writeResults(
      rows,
      {
        settings: { ...settings, appDir: settings.appDir },
        seed: fixtures.seed.counts,
        ...('search' in measured ? { capacity: measured.search } : { kinds: measured.stats.map(kindSummary) }),
        verification,
        memory: peak,
      },
      path.join(benchDir, 'results'),
      'search' in measured ? [`## Capacity steps (${settings.capacitySeconds} s each, in the order they ran)\n\n${stepsTable(measured.search.steps)}`] : [],
    );
    log(`wrote ${files.join(', ')}`);
    return rows;
  } finally {
    await cleanUp();
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      log(`${signal}: stopping the app and dropping the database…`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
  run().catch(async (error: unknown) => {
    console.error(error);
    await cleanUp();
    process.exit(1);
  });
}
