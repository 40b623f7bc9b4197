/**
 * Compatibility checker throughput, COLD: every check gets schema texts it has never seen (a
 * `$comment` with a counter is injected at the root of both versions, so no cache can hit and
 * no change is added), like the stateless `POST /api/v1/compat`.
 * Target rows compare tools doing the same job from the same parsed input: ours checks each
 * schema's structure, resolves its `$ref`s and diffs; `@asyncapi/diff` (schemas as AsyncAPI 2.6
 * message payloads) requires "valid & dereferenced" documents (its README), so it gets them made
 * by ajv and json-schema-ref-parser; `json-schema-diff` (draft-07 subset) dereferences itself.
 * Info rows: @asyncapi/diff by its README's recipe (@asyncapi/parser), @asyncapi/diff alone on
 * raw documents, and a bound (visiting every value of both documents, which no
 * correct checker can outrun). Also: hostile-input timings, a long history, and the HTTP route's
 * throughput with autocannon against the built app (see bench/compat-counterparts.ts).
 * Target rows use process CPU time (stays meaningful on a busy machine).
 * Run: `npx tsx bench/compat.bench.ts` (COMPAT_BENCH_SECONDS per row, default 1; COMPAT_BENCH_PARTS=hostile,throughput,history,api picks parts).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { checkCompatibility, SchemaTooComplexError } from '../lib/domain/compatibility';
import type { CompatibilityMode } from '../lib/domain/model';
import { benchSchemaPairs, longHistory, type SchemaPairFixture } from '../lib/domain/compatibility/bench-fixtures';
import { hostilePairs } from '../lib/domain/compatibility/hostile-fixtures';
import { startApp, waitForOtherBuilds, type AppServer } from './load/app-server';
import {
  asyncApiDiffAlone, asyncApiDiffOnValidInput, asyncApiParserAndDiff, bareWalkParsed, freshTexts, schemaDiffParsed, type PrepareCheck,
} from './compat-counterparts';

// autocannon ships no types: the entry point used here, typed by hand.
const require = createRequire(import.meta.url);
interface AutocannonResult {
  requests: { average: number };
  latency: { p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<AutocannonResult>;

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  target: string;
}

const SECONDS = Number(process.env.COMPAT_BENCH_SECONDS ?? 1);
/** json-schema-diff takes seconds per check on the larger pairs: stop it after this long (and warm it up once only). */
const SLOW_TOOL_SECONDS = 2;

interface Rate {
  cpu: number;
  wall: number;
  checks: number;
}

/**
 * Checks per second of `check` on fresh texts, after a short warm-up (the JIT, not caches).
 * Texts are made outside the timed region, in batches.
 */
async function rate(prepare: PrepareCheck, seconds: number, warmUps = 3): Promise<Rate> {
  for (let index = 0; index < warmUps; index += 1) await prepare()();
  let checks = 0;
  let cpuMicros = 0;
  let wallMs = 0;
  while (wallMs < seconds * 1000) {
    const batch = Array.from({ length: 8 }, prepare);
    const cpu = process.cpuUsage();
    const start = performance.now();
    for (const check of batch) {
      await check();
      checks += 1;
      if (performance.now() - start + wallMs > seconds * 1000) break;
    }
    wallMs += performance.now() - start;
    const used = process.cpuUsage(cpu);
    cpuMicros += used.user + used.system;
  }
  return { cpu: checks / (cpuMicros / 1e6), wall: checks / (wallMs / 1000), checks };
}

/** Rounds per interleaved ratio: bursts of CPU steal on a shared VM swing single rounds from 2× to 8×; 15 keep the median steady. */
const RATIO_ROUNDS = 15;

/** Median and spread of per-round ratios. */
interface RatioSpread {
  median: number;
  low: number;
  high: number;
}

/**
 * Ours against a counterpart in alternating short slices (same JIT, garbage-collector and machine
 * state for both), the median of the per-round CPU-rate ratios: one long run per tool let a GC
 * pause or a busy neighbour swing a ratio by 1.5× between runs.
 */
async function interleavedRatio(oursCheck: PrepareCheck, theirsCheck: PrepareCheck, rounds = RATIO_ROUNDS): Promise<RatioSpread> {
  const slice = Math.max(0.1, SECONDS / 4);
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const mine = await rate(oursCheck, slice, round === 0 ? 3 : 0);
    const theirs = await rate(theirsCheck, slice, round === 0 ? 3 : 0);
    ratios.push(mine.cpu / theirs.cpu);
  }
  ratios.sort((a, b) => a - b);
  return { median: ratios[Math.floor(rounds / 2)]!, low: ratios[0]!, high: ratios.at(-1)! };
}

function ours(pair: SchemaPairFixture, mode: CompatibilityMode, counterexamples = true): PrepareCheck {
  return () => {
    const { old, candidate } = freshTexts(pair);
    return () => checkCompatibility({ format: 'json-schema', mode, previous: [old], candidate }, { counterexamples });
  };
}

/** Ours from parsed schemas: fresh copies (JSON.parse of fresh texts) made outside the timed region. */
function oursParsed(pair: SchemaPairFixture, mode: CompatibilityMode, counterexamples = true): PrepareCheck {
  return () => {
    const { old, candidate } = freshTexts(pair);
    const [previous, next] = [JSON.parse(old) as unknown, JSON.parse(candidate) as unknown];
    return () => checkCompatibility({ format: 'json-schema', mode, previous: [previous], candidate: next, parsed: true }, { counterexamples });
  };
}

const spread = (ratio: RatioSpread) => `${round(ratio.low)}–${round(ratio.high)}`;
const round = (value: number) => (value >= 100 ? Math.round(value) : Math.round(value * 100) / 100);

async function throughputRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const pair of benchSchemaPairs()) {
    const verdict = await rate(oursParsed(pair, 'FULL', false), SECONDS);
    const backward = await rate(oursParsed(pair, 'BACKWARD'), SECONDS);
    const backwardTexts = await rate(ours(pair, 'BACKWARD'), SECONDS);
    const onValidInput = await rate(asyncApiDiffOnValidInput(pair), SECONDS);
    const targetRatio = await interleavedRatio(oursParsed(pair, 'FULL', false), asyncApiDiffOnValidInput(pair));
    const aloneRatio = await interleavedRatio(oursParsed(pair, 'FULL', false), asyncApiDiffAlone(pair));
    const recipe = await rate(asyncApiParserAndDiff(pair), SLOW_TOOL_SECONDS, 1);
    const diffAlone = await rate(asyncApiDiffAlone(pair), SECONDS);
    const schemaDiff = await rate(schemaDiffParsed(pair), SLOW_TOOL_SECONDS, 1);
    const walk = await rate(bareWalkParsed(pair), SECONDS);
    const backwardReport = checkCompatibility({ format: 'json-schema', mode: 'BACKWARD', previous: [pair.old], candidate: pair.candidate });
    const shown = backwardReport.changes.some((change) => change.counterexample);
    const label = pair.name;
    const ratio = (ours: Rate, theirs: Rate) => round(ours.cpu / theirs.cpu);
    rows.push(
      { name: `${label}: ours, verdict + typed changes, both directions (FULL, no counterexamples), checks/s CPU`, value: round(verdict.cpu), unit: 'checks/s', target: 'info' },
      { name: `${label}: ours, BACKWARD as the API runs it (${backwardReport.compatible ? 'compatible' : `breaking${shown ? ', with a counterexample' : ''}`}), checks/s CPU`, value: round(backward.cpu), unit: 'checks/s', target: 'info' },
      { name: `${label}: ours, BACKWARD from the texts (JSON.parse timed, as POST /api/v1/compat gets them), checks/s CPU`, value: round(backwardTexts.cpu), unit: 'checks/s', target: 'info' },
      { name: `${label}: @asyncapi/diff on input made valid & dereferenced as its README requires (ajv + json-schema-ref-parser), checks/s CPU`, value: round(onValidInput.cpu), unit: 'checks/s', target: 'info' },
      { name: `${label}: @asyncapi/diff by its README's recipe (@asyncapi/parser, from the texts), checks/s CPU (${recipe.checks} done)`, value: round(recipe.cpu), unit: 'checks/s', target: 'info' },
      { name: `${label}: @asyncapi/diff alone on unvalidated, un-dereferenced documents, checks/s CPU`, value: round(diffAlone.cpu), unit: 'checks/s', target: 'info' },
      { name: `${label}: json-schema-diff (dereferences itself), checks/s CPU (${schemaDiff.checks} done in ${SLOW_TOOL_SECONDS}s)`, value: round(schemaDiff.cpu), unit: 'checks/s', target: 'info' },
      { name: `${label}: TARGET ours verdict-only / @asyncapi/diff, both doing the whole job from parsed input (check, dereference, diff); median of ${RATIO_ROUNDS} interleaved rounds, range ${spread(targetRatio)}`, value: round(targetRatio.median), unit: '×', target: '>= 5' },
      { name: `${label}: TARGET ours verdict-only / json-schema-diff, from parsed input`, value: ratio(verdict, schemaDiff), unit: '×', target: '>= 5' },
      { name: `${label}: ours verdict-only / @asyncapi/diff by its README's recipe`, value: ratio(verdict, recipe), unit: '×', target: 'info' },
      { name: `${label}: ours verdict-only / @asyncapi/diff alone (it skips validation and $refs; see the bound); median of ${RATIO_ROUNDS} interleaved rounds, range ${spread(aloneRatio)}`, value: round(aloneRatio.median), unit: '×', target: 'info' },
      { name: `${label}: bound — bare walk visiting every value of both documents / @asyncapi/diff alone (no checker that reads its input can beat this)`, value: ratio(walk, diffAlone), unit: '×', target: 'info' },
      { name: `${label}: ours verdict-only / bare walk (share of the bound reached)`, value: ratio(verdict, walk), unit: '×', target: 'info' },
    );
  }
  return rows;
}

/** Each hostile case once, cold: milliseconds until a verdict or SchemaTooComplexError. */
function hostileRows(): BenchRow[] {
  return hostilePairs().map(({ name, previous, candidate }) => {
    const start = performance.now();
    let outcome: string;
    try {
      outcome = checkCompatibility({ format: 'json-schema', mode: 'FULL_TRANSITIVE', previous: [previous], candidate }).compatible ? 'compatible' : 'breaking';
    } catch (error) {
      if (!(error instanceof SchemaTooComplexError)) throw error;
      outcome = 'refused as too complex';
    }
    const ms = performance.now() - start;
    return { name: `hostile: ${name} → ${outcome}`, value: Math.round(ms), unit: 'ms', target: '< 1000' };
  });
}

const API_PORT = 3600;
const API_BASE = `http://127.0.0.1:${API_PORT}`;

/** The built app on API_PORT with a throw-away embedded store (bench/load/app-server.ts), or why not. */
async function startCompatApp(): Promise<{ app?: AppServer; problem?: string }> {
  try {
    if ((await fetch(`${API_BASE}/api/health`)).ok) return { problem: `port ${API_PORT} is already taken by another server` };
  } catch {
    // free: nothing answers there
  }
  await waitForOtherBuilds((line) => console.error(`compat: ${line}`));
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  try {
    const app = await startApp({
      appDir: root, port: API_PORT, databaseUrl: '', logFile: path.join(os.tmpdir(), 'eventflow-compat-bench.log'),
      extraEnv: { EVENTFLOW_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'eventflow-bench-')) },
      startTimeoutMs: 15 * 60_000,
    });
    return { app };
  } catch (error) {
    return { problem: (error as Error).message };
  }
}

/**
 * `POST /api/v1/compat` checks per second with autocannon (20 connections, 10 s), the small pair
 * under BACKWARD, each request with fresh texts (cold, like separate CI jobs).
 */
async function apiThroughput(): Promise<BenchRow[]> {
  const name = 'API: POST /api/v1/compat, small pair, BACKWARD, cold, 20 connections';
  const { app, problem } = await startCompatApp();
  if (!app) return [{ name: `${name} (not measured: ${problem})`, value: 0, unit: 'checks/s', target: '>= 2000' }];
  try {
    const [pair] = benchSchemaPairs();
    const body = () => {
      const { old, candidate } = freshTexts(pair!);
      return JSON.stringify({ format: 'json-schema', mode: 'BACKWARD', previous: [old], candidate });
    };
    const options = {
      url: `${API_BASE}/api/v1/compat`,
      connections: 20,
      headers: { 'content-type': 'application/json' },
      requests: [{ method: 'POST' as const, setupRequest: (request: Record<string, unknown>) => ({ ...request, body: body() }) }],
    };
    await autocannon({ ...options, duration: 3 }); // warm-up: route compile, JIT
    const serverCpuBefore = app.cpuSeconds();
    const result = await autocannon({ ...options, duration: 10 });
    const serverCpuAfter = app.cpuSeconds();
    const failed = result.non2xx + result.errors + result.timeouts;
    const served = result.requests.average * 10;
    const cpuRows: BenchRow[] =
      served === 0
        ? []
        : [
            { name: 'API: server CPU per request (Next + our handler; load-independent, info)', value: Math.round(((serverCpuAfter - serverCpuBefore) / served) * 1e6), unit: 'µs', target: 'info' },
            { name: 'API: checks/s one server core could serve at that CPU cost (info)', value: Math.round(served / (serverCpuAfter - serverCpuBefore)), unit: 'checks/s', target: 'info' },
          ];
    return [
      { name, value: Math.round(result.requests.average), unit: 'checks/s', target: '>= 2000' },
      { name: 'API: latency p99', value: result.latency.p99, unit: 'ms', target: 'info' },
      { name: 'API: failed requests (non-2xx, errors, timeouts)', value: failed, unit: 'requests', target: '< 1' },
      ...cpuRows,
    ];
  } finally {
    await app.stop();
  }
}

/**
 * A check against a long history (a publish to a busy event): the mode compares with the latest
 * version, but the report's matrix needs every earlier version's verdict for the _TRANSITIVE modes.
 */
async function historyRows(): Promise<BenchRow[]> {
  const history = longHistory(150);
  const rows: BenchRow[] = [];
  for (const mode of ['BACKWARD', 'BACKWARD_TRANSITIVE'] as const) {
    const checked = await rate(() => () => checkCompatibility({ format: 'json-schema', mode, previous: history.previous, candidate: history.candidate }), SECONDS, 2);
    rows.push({ name: `${history.name}: ${mode} check with the seven-mode matrix, ms CPU per check`, value: round(1000 / checked.cpu), unit: 'ms', target: 'info' });
  }
  return rows;
}

/** Rows for the bench runner: `{ name, value, unit, target }`. */
export async function run(): Promise<BenchRow[]> {
  const parts = (process.env.COMPAT_BENCH_PARTS ?? 'hostile,throughput,history,api').split(',');
  const rows: BenchRow[] = [];
  if (parts.includes('hostile')) rows.push(...hostileRows());
  if (parts.includes('throughput')) rows.push(...(await throughputRows()));
  if (parts.includes('history')) rows.push(...(await historyRows()));
  if (parts.includes('api')) rows.push(...(await apiThroughput()));
  return rows;
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) {
  run().then((rows) => {
    console.table(rows);
  });
}
