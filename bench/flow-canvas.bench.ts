/**
 * The flow canvas under load: a 1,000-node, 2,000-edge flow, seeded into a fresh embedded
 * store, served by the production build, opened in headless Chromium.
 * - time to interactive: navigation start → nodes drawn and a pan gesture moves the viewport;
 * - frames per second while panning (requestAnimationFrame count during a ~3 s mouse drag).
 * Run: `npx tsx bench/flow-canvas.bench.ts` (builds the app first if sources changed).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { THOUSAND_NODES, seedLargeFlow } from './fixtures/large-flow';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  target: string;
}

const PORT = Number(process.env.FLOW_BENCH_PORT ?? 3510);
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = 'flow-bench-password';
const progress = (line: string) => process.stderr.write(`[flow-canvas bench] ${line}\n`);

async function seed(dataDir: string) {
  process.env.EVENTFLOW_DATA_DIR = dataDir;
  process.env.EVENTFLOW_DEMO_PASSWORD = PASSWORD;
  process.env.DATABASE_URL = '';
  const [{ openDatabase }, { seedIfEmpty }] = await Promise.all([import('../lib/server/db'), import('../lib/server/seed')]);
  const db = await openDatabase({ dataDir, holder: 'cli', prepare: async (d) => void (await seedIfEmpty(d)) });
  try {
    return await seedLargeFlow(db, THOUSAND_NODES);
  } finally {
    await db.close();
  }
}

/** One `next build` at a time on this machine: wait for someone else's to finish. */
async function waitForOtherBuilds() {
  for (let i = 0; i < 120; i++) {
    const running = spawnSync('pgrep', ['-f', '^(node [^ ]*/next|npm exec next) build'], { encoding: 'utf8' }).stdout.trim();
    if (!running) return;
    await new Promise((r) => setTimeout(r, 5000));
  }
}

async function startServer(dataDir: string): Promise<ChildProcess> {
  if (await fetch(`${BASE}/api/health`).then(() => true, () => false)) throw new Error(`Port ${PORT} is taken: set FLOW_BENCH_PORT.`);
  await waitForOtherBuilds();
  const server = spawn('node', ['scripts/start.mjs'], {
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', EVENTFLOW_DATA_DIR: dataDir, EVENTFLOW_DEMO_PASSWORD: PASSWORD, DATABASE_URL: '', EVENTFLOW_AUTH_RATE_LIMIT: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  server.stdout?.on('data', (d) => (log += d));
  server.stderr?.on('data', (d) => (log += d));
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited:\n${log.slice(-3000)}`);
    const ok = await fetch(`${BASE}/api/health`).then((r) => r.ok).catch(() => false);
    if (ok) return server;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`server did not start:\n${log.slice(-3000)}`);
}

/** Navigation start → nodes visible and a pan moves the viewport, in ms (page clock). */
async function timeToInteractive(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => {
    const node = document.querySelector<HTMLElement>('.react-flow__node');
    return Boolean(node && getComputedStyle(node).visibility !== 'hidden' && node.getBoundingClientRect().width > 0);
  }, undefined, { polling: 'raf', timeout: 60_000 });
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const before = await page.evaluate(() => document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform);
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height - 40);
  await page.mouse.down();
  await page.mouse.move(pane.x + pane.width / 2 + 30, pane.y + pane.height - 30, { steps: 2 });
  await page.mouse.up();
  await page.waitForFunction((b) => document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform !== b, before, { polling: 'raf' });
  return page.evaluate(() => performance.now());
}

/** Frames per second while the pane is dragged back and forth for ~3 s. */
async function panFps(page: Page): Promise<number> {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const cx = pane.x + pane.width / 2;
  const cy = pane.y + pane.height / 2;
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number; __counting: boolean };
    w.__frames = 0;
    w.__counting = true;
    const tick = () => {
      w.__frames++;
      if (w.__counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const start = Date.now();
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  let i = 0;
  while (Date.now() - start < 3000) {
    const dx = Math.sin(i / 10) * 300;
    const dy = Math.cos(i / 13) * 150;
    await page.mouse.move(cx + dx, cy + dy);
    i++;
  }
  await page.mouse.up();
  const elapsed = Date.now() - start;
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number; __counting: boolean };
    w.__counting = false;
    return w.__frames;
  });
  return Math.round((frames / elapsed) * 1000 * 10) / 10;
}

/** Rows for the bench runner: `{ name, value, unit, target }`. */
export async function run(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'eventflow-flow-bench-'));
  let server: ChildProcess | undefined;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-timer-throttling', '--disable-renderer-backgrounding'],
  });
  try {
    progress('seeding a 1,000-node flow into a fresh embedded store');
    const seeded = await seed(dataDir);
    progress('starting the production server (builds first if sources changed)');
    for (let attempt = 1; !server; attempt++) {
      server = await startServer(dataDir).catch((error: Error) => {
        // Someone else's build started between our check and ours: wait and try again.
        if (attempt < 5 && error.message.includes('Another next build process')) return undefined;
        throw error;
      });
    }
    progress('measuring');
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${BASE}/sign-in`);
    await page.getByRole('button', { name: 'Open the demo workspace' }).click();
    await page.waitForURL('**/w/demo**');
    const url = `${BASE}/w/demo/flows/${seeded.slug}`;
    await timeToInteractive(page, url); // warm-up: server caches, first compile of queries
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) runs.push(await timeToInteractive(page, url));
    runs.sort((a, b) => a - b);
    const rendered = await page.locator('.react-flow__node').count();
    const fitFps = await panFps(page);
    // Zoomed in, as people work: only what is in view is rendered.
    for (let i = 0; i < 5; i++) await page.locator('.react-flow__controls-zoomin').click();
    await page.waitForTimeout(500);
    const zoomedFps = await panFps(page);
    return [
      { name: `flow canvas time to interactive (${seeded.nodes} nodes, ${seeded.edges} edges), median of 3`, value: Math.round(runs[1]!), unit: 'ms', target: '< 2000' },
      { name: 'flow canvas pan fps, whole flow in view (fit)', value: fitFps, unit: 'fps', target: '>= 30' },
      { name: 'flow canvas pan fps, zoomed in', value: zoomedFps, unit: 'fps', target: '>= 30' },
      { name: 'flow canvas nodes in the DOM at fit', value: rendered, unit: 'nodes', target: 'info' },
    ];
  } finally {
    await browser.close();
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) {
  run().then(
    (rows) => {
      console.table(rows);
      process.exit(0);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
