// `npm start`: build when the sources changed since the last build, then serve on PORT
// (default 3000). The server migrates and seeds its database as it starts.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import cluster from 'node:cluster';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { buildFingerprint } from './build-fingerprint.mjs';
import { heapLimitFlags } from './heap-limit.mjs';

const MARK = '.next/eventflow-fingerprint';
const fingerprint = buildFingerprint();
const built = existsSync('.next/BUILD_ID') && existsSync(MARK) && readFileSync(MARK, 'utf8') === fingerprint;
if (!built) {
  console.log('Eventflow: building the app (first start or sources changed)…');
  const build = spawnSync('npx', ['--no-install', 'next', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(MARK, fingerprint);
}
const port = process.env.PORT ?? '3000';
const host = process.env.HOST ?? '0.0.0.0';
console.log(`Eventflow: starting on http://localhost:${port} (${process.env.DATABASE_URL ? 'Postgres at DATABASE_URL' : `embedded PGlite in ${process.env.EVENTFLOW_DATA_DIR ?? './.data'}`})`);
const workers = workerCount();
if (workers > 1) {
  console.log(`Eventflow: ${workers} app processes share the port (EVENTFLOW_WORKERS).`);
  serveCluster(workers);
} else if (heapLimitFlags().length > 0) {
  serveInChild(heapLimitFlags());
} else {
  // In this process (no `next start` child): the server of scripts/serve.mjs, Next's handlers plus the app's lanes.
  const { serve } = await import('./serve.mjs');
  await serve({ port: Number(port), hostname: host });
}

/**
 * One app process started with the heap limit (a running process cannot change its own); this
 * one only passes signals on and exits as it does.
 */
function serveInChild(flags) {
  const child = spawn(process.execPath, [...process.execArgv, ...flags, fileURLToPath(new URL('./serve-worker.mjs', import.meta.url))], {
    // The IPC channel lets the child see this process go (serve-worker.mjs exits on disconnect).
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, PORT: port, HOST: host, NODE_ENV: 'production' },
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + os.constants.signals[signal] : 1)));
}

/**
 * How many app processes: EVENTFLOW_WORKERS (default 1). On a 2-core machine also running
 * Postgres and the load test's clients, two processes (each capped with NODE_OPTIONS
 * --max-old-space-size=300) took 150 publishes/s where one took 121, but slowed the event page;
 * so more stays opt-in. The embedded PGlite store belongs to one process: always one there.
 */
function workerCount() {
  const asked = process.env.EVENTFLOW_WORKERS;
  if (asked === undefined || asked === '') return 1;
  const count = Number(asked);
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    console.error(`EVENTFLOW_WORKERS must be a whole number from 1 to 64 (got "${asked}").`);
    process.exit(2);
  }
  if (count > 1 && !process.env.DATABASE_URL) {
    console.error('EVENTFLOW_WORKERS above 1 needs DATABASE_URL: the embedded store belongs to one process.');
    process.exit(2);
  }
  return count;
}

/** The first worker migrates and seeds alone; the others start once it listens. A dead worker is replaced. */
function serveCluster(count) {
  cluster.setupPrimary({ exec: fileURLToPath(new URL('./serve-worker.mjs', import.meta.url)), execArgv: [...process.execArgv, ...heapLimitFlags()] });
  let stopping = false;
  // `next start` runs in production mode; a custom server must say so itself (else React's development build).
  const fork = () => cluster.fork({ PORT: port, HOST: host, NODE_ENV: 'production' });
  fork().once('message', (message) => {
    if (message === 'listening') for (let i = 1; i < count; i++) fork();
  });
  cluster.on('exit', (worker, code) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`Eventflow: app process ${worker.process.pid} exited (${code}); starting another.`);
    fork();
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill(signal);
    });
  }
}
