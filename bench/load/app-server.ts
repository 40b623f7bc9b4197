/**
 * Starts the built app with `node scripts/start.mjs` (which builds first when sources
 * changed), waits for /api/health, samples the process tree's memory every 500 ms,
 * and stops the whole tree afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { otherBuildRunning, processTree } from './process-tree';

export interface MemoryPeak {
  /** Largest sum of RSS over the tree (start.mjs and any cluster workers). */
  treeBytes: number;
  /** Largest RSS of one process (the next-server). */
  largestProcessBytes: number;
  largestProcessName: string;
}

export interface AppServer {
  pid: number;
  baseUrl: string;
  /** Starts a new peak window (e.g. when the measured phase begins). */
  resetPeak(): void;
  peak(): MemoryPeak;
  /** CPU seconds used by the tree so far. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

export interface StartOptions {
  appDir: string;
  port: number;
  databaseUrl: string;
  logFile: string;
  extraEnv?: Record<string, string>;
  /** How long a build plus start may take. */
  startTimeoutMs?: number;
}

/** Waits while someone else's `next build` runs (2 cores: two builds would starve each other). */
export async function waitForOtherBuilds(log: (line: string) => void): Promise<void> {
  let announced = false;
  while (otherBuildRunning()) {
    if (!announced) log('waiting for another `next build` to finish…');
    announced = true;
    await sleep(5000);
  }
}

/**
 * @example const app = await startApp({ appDir: process.cwd(), port: 3500, databaseUrl, logFile: '/tmp/app.log' });
 */
export async function startApp(options: StartOptions): Promise<AppServer> {
  const log = createWriteStream(options.logFile);
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: options.appDir,
    env: {
      ...process.env,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      DATABASE_URL: options.databaseUrl,
      EVENTFLOW_SEED: 'false',
      EVENTFLOW_AUTH_RATE_LIMIT: 'off',
      ...options.extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const pid = child.pid!;
  const baseUrl = `http://127.0.0.1:${options.port}`;
  let exited: number | null = null;
  child.on('exit', (code) => (exited = code ?? -1));

  let peak: MemoryPeak = { treeBytes: 0, largestProcessBytes: 0, largestProcessName: '' };
  let lastCpu = 0;
  const sample = () => {
    const tree = processTree(pid);
    if (tree.length === 0) return;
    const total = tree.reduce((sum, p) => sum + p.rssBytes, 0);
    const largest = tree.reduce((a, b) => (b.rssBytes > a.rssBytes ? b : a));
    lastCpu = tree.reduce((sum, p) => sum + p.cpuSeconds, 0);
    if (total > peak.treeBytes) peak = { ...peak, treeBytes: total };
    if (largest.rssBytes > peak.largestProcessBytes) peak = { ...peak, largestProcessBytes: largest.rssBytes, largestProcessName: largest.name };
  };
  const sampler = setInterval(sample, 500);

  const deadline = Date.now() + (options.startTimeoutMs ?? 10 * 60_000);
  for (;;) {
    if (exited !== null) {
      clearInterval(sampler);
      throw new Error(`The app exited with code ${exited} before it was healthy; see ${options.logFile}`);
    }
    if (Date.now() > deadline) {
      clearInterval(sampler);
      killTree(pid, 'SIGKILL');
      throw new Error(`The app was not healthy in time; see ${options.logFile}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }

  return {
    pid,
    baseUrl,
    resetPeak: () => {
      sample();
      peak = { treeBytes: 0, largestProcessBytes: 0, largestProcessName: '' };
      sample();
    },
    peak: () => peak,
    cpuSeconds: () => {
      sample();
      return lastCpu;
    },
    async stop() {
      clearInterval(sampler);
      if (exited !== null) return;
      killTree(pid, 'SIGTERM');
      for (let i = 0; i < 40 && exited === null; i++) await sleep(250);
      if (exited === null) killTree(pid, 'SIGKILL');
      log.end();
    },
  };
}

/** Signals every process of the tree we spawned, children first. */
function killTree(root: number, signal: NodeJS.Signals): void {
  for (const p of processTree(root).reverse()) {
    try {
      process.kill(p.pid, signal);
    } catch {
      // already gone
    }
  }
}
