/**
 * Compatibility checker throughput, COLD: every check gets schema texts it has never seen (a
 * `$comment` with a counter is injected at the root of both versions, so no cache can hit and
 * no change is added), like the stateless `POST /api/v1/compat`. Compared with `@asyncapi/diff`
 * (schemas as AsyncAPI 2.6 message payloads) and `json-schema-diff` (draft-07 subset), every tool
 * timed two ways: from the texts (JSON.parse included; info) and from already-parsed documents
 * (the target rows: @asyncapi/diff's API takes parsed documents, so both tools start from the same
 * input; fresh JSON.parse copies per check, made outside the timed region, so no identity cache hits), and a
 * bound: a bare walk that only visits every value of both documents, which no correct checker can outrun. Also: hostile-input timings and the HTTP route's
 * throughput with autocannon against the built app.
 * Target rows use process CPU time (stays meaningful on a busy machine); wall-clock rows are info.
 * Run: `npx tsx bench/compat.bench.ts` (COMPAT_BENCH_SECONDS per row, default 1; COMPAT_BENCH_PARTS=hostile,throughput,history,api picks parts).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diff as asyncApiDiff } from '@asyncapi/diff';
import { createRequire } from 'node:module';
import { checkCompatibility, SchemaTooComplexError } from '../lib/domain/compatibility';
import type { CompatibilityMode } from '../lib/domain/model';
import { benchSchemaPairs, longHistory, type SchemaPairFixture } from '../lib/domain/compatibility/bench-fixtures';
import { hostilePairs } from '../lib/domain/compatibility/hostile-fixtures';
import { startApp, waitForOtherBuilds, type AppServer } from './load/app-server';

// Neither package ships types: their few entry points used here, typed by hand.
const require = createRequire(import.meta.url);
const jsonSchemaDiff = require('json-schema-diff') as { diffSchemas(options: { sourceSchema: unknown; destinationSchema: unknown }): Promise<unknown> };
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

let counter = 0;
/** The pair's texts with a fresh `$comment` at the root of both (same in both: no change). */
function freshTexts(pair: SchemaPairFixture): { old: string; candidate: string } {
  counter += 1;
  const mark = `{"$comment":"cold check ${counter}",`;
  return { old: mark + pair.old.slice(1), candidate: mark + pair.candidate.slice(1) };
}

/** The same texts as draft-07 (json-schema-diff knows no 2020-12): `$defs` → `definitions`. */
function draft07(text: string): string {
  return text
    .replace('"$schema":"https://json-schema.org/draft/2020-12/schema",', '')
    .replaceAll('"$defs"', '"definitions"')
    .replaceAll('#/$defs/', '#/definitions/');
}

function asyncApiDocument(payload: unknown): unknown {
  return {
    asyncapi: '2.6.0',
    info: { title: 'Bench', version: '1.0.0' },
    channels: { events: { subscribe: { message: { payload } } } },
  };
}

interface Rate {
  cpu: number;
  wall: number;
  checks: number;
}

/**
 * Checks per second of `check` on fresh texts, after a short warm-up (the JIT, not caches).
 * Texts are made outside the timed region, in batches.
 */
async function rate(prepare: () => () => unknown, seconds: number, warmUps = 3): Promise<Rate> {
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

function ours(pair: SchemaPairFixture, mode: CompatibilityMode, counterexamples = true): () => () => unknown {
  return () => {
    const { old, candidate } = freshTexts(pair);
    return () => checkCompatibility({ format: 'json-schema', mode, previous: [old], candidate }, { counterexamples });
  };
}

/** Ours from parsed schemas: fresh copies (JSON.parse of fresh texts) made outside the timed region. */
function oursParsed(pair: SchemaPairFixture, mode: CompatibilityMode, counterexamples = true): () => () => unknown {
  return () => {
    const { old, candidate } = freshTexts(pair);
    const [previous, next] = [JSON.parse(old) as unknown, JSON.parse(candidate) as unknown];
    return () => checkCompatibility({ format: 'json-schema', mode, previous: [previous], candidate: next, parsed: true }, { counterexamples });
  };
}

/** @asyncapi/diff from parsed documents (its API's input), built outside the timed region. */
function asyncApiParsed(pair: SchemaPairFixture): () => () => unknown {
  return () => {
    const { old, candidate } = freshTexts(pair);
    const [first, second] = [asyncApiDocument(JSON.parse(old)), asyncApiDocument(JSON.parse(candidate))];
    return () => asyncApiDiff(first, second).getOutput();
  };
}

/** json-schema-diff from parsed schemas, parsed outside the timed region. */
function schemaDiffParsed(pair: SchemaPairFixture): () => () => Promise<unknown> {
  return () => {
    const { old, candidate } = freshTexts(pair);
    const [sourceSchema, destinationSchema] = [JSON.parse(draft07(old)) as unknown, JSON.parse(draft07(candidate)) as unknown];
    return () => jsonSchemaDiff.diffSchemas({ sourceSchema, destinationSchema });
  };
}

function asyncApi(pair: SchemaPairFixture): () => () => unknown {
  return () => {
    const { old, candidate } = freshTexts(pair);
    return () => asyncApiDiff(asyncApiDocument(JSON.parse(old)), asyncApiDocument(JSON.parse(candidate))).getOutput();
  };
}

function schemaDiff(pair: SchemaPairFixture): () => () => Promise<unknown> {
  return () => {
    const { old, candidate } = freshTexts(pair);
    const [source, destination] = [draft07(old), draft07(candidate)];
    return () => jsonSchemaDiff.diffSchemas({ sourceSchema: JSON.parse(source), destinationSchema: JSON.parse(destination) });
  };
}

const round = (value: number) => (value >= 100 ? Math.round(value) : Math.round(value * 100) / 100);

/**
 * The least work any correct checker does on a pair: visit every value of both documents once,
 * matching keys, and nothing else (no checks, no report). A checker that skipped a value could
 * miss a change there that flips the verdict, so no checker's rate can exceed this walk's.
 */
function bareWalk(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return 1;
  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return 1;
    let differences = Math.abs(a.length - b.length);
    for (let index = 0; index < Math.min(a.length, b.length); index += 1) differences += bareWalk(a[index], b[index]);
    return differences;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let differences = 0;
  for (const key in left) differences += Object.hasOwn(right, key) ? bareWalk(left[key], right[key]) : 1;
  for (const key in right) if (!Object.hasOwn(left, key)) differences += 1;
  return differences;
}

function bareWalkParsed(pair: SchemaPairFixture): () => () => unknown {
  return () => {
    const { old, candidate } = freshTexts(pair);
    const [first, second] = [JSON.parse(old) as unknown, JSON.parse(candidate) as unknown];
    return () => bareWalk(first, second);
  };
}

/** JSON.parse of both texts alone: every tool pays it, so it bounds how far ahead any can get. */
function parseOnly(pair: SchemaPairFixture): () => () => unknown {
  return () => {
    const { old, candidate } = freshTexts(pair);
    return () => [JSON.parse(old), JSON.parse(candidate)];
  };
}

async function throughputRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const pair of benchSchemaPairs()) {
    const verdictOnly = await rate(ours(pair, 'FULL', false), SECONDS);
    const backward = await rate(ours(pair, 'BACKWARD'), SECONDS);
    const full = await rate(ours(pair, 'FULL'), SECONDS);
    const theirs = await rate(asyncApi(pair), SECONDS);
    const slow = await rate(schemaDiff(pair), SLOW_TOOL_SECONDS, 1);
    const parsing = await rate(parseOnly(pair), SECONDS);
    const verdictParsed = await rate(oursParsed(pair, 'FULL', false), SECONDS);
    const backwardParsed = await rate(oursParsed(pair, 'BACKWARD'), SECONDS);
    const theirsParsed = await rate(asyncApiParsed(pair), SECONDS);
    const slowParsed = await rate(schemaDiffParsed(pair), SLOW_TOOL_SECONDS, 1);
    const walk = await rate(bareWalkParsed(pair), SECONDS);
    const backwardReport = checkCompatibility({ format: 'json-schema', mode: 'BACKWARD', previous: [pair.old], candidate: pair.candidate });
    const shown = backwardReport.changes.some((change) => change.counterexample);
    const label = pair.name;
    rows.push(
      { name: `${label}: ours, verdict + typed changes, both directions (FULL, no counterexamples), checks/s CPU`, value: round(verdictOnly.cpu), unit: 'checks/s', target: 'info' },
      { name: `${label}: ours, BACKWARD as the API runs it (${backwardReport.compatible ? 'compatible' : `breaking${shown ? ', with a counterexample' : ''}`}), checks/s CPU`, value: round(backward.cpu), unit: 'checks/s', target: 'info' },
      { name: `${label}: ours, FULL breaking, with counterexamples, checks/s CPU`, value: round(full.cpu), unit: 'checks/s', target: 'info' },
      { name: `${label}: @asyncapi/diff, checks/s CPU`, value: round(theirs.cpu), unit: 'checks/s', target: 'info' },
      { name: `${label}: json-schema-diff, checks/s CPU (${slow.checks} done in ${SLOW_TOOL_SECONDS}s; wall ${round(slow.wall)}/s)`, value: round(slow.cpu), unit: 'checks/s', target: 'info' },
      { name: `${label}: JSON.parse of both texts alone, checks/s CPU`, value: round(parsing.cpu), unit: 'checks/s', target: 'info' },
      { name: `${label}: ours verdict-only / @asyncapi/diff, from texts (info: JSON.parse dominates, see ceiling)`, value: round(verdictOnly.cpu / theirs.cpu), unit: '×', target: 'info' },
      { name: `${label}: ours verdict-only / json-schema-diff, from texts`, value: round(verdictOnly.cpu / slow.cpu), unit: '×', target: 'info' },
      { name: `${label}: ours BACKWARD (API default) / @asyncapi/diff`, value: round(backward.cpu / theirs.cpu), unit: '×', target: 'info' },
      { name: `${label}: ceiling — JSON.parse alone / @asyncapi/diff (no tool that parses can beat this)`, value: round(parsing.cpu / theirs.cpu), unit: '×', target: 'info' },
      { name: `${label}: ours verdict-only, checks/s wall clock`, value: round(verdictOnly.wall), unit: 'checks/s', target: 'info' },
      { name: `${label}: PARSED input: ours, verdict + typed changes, FULL, no counterexamples, checks/s CPU`, value: round(verdictParsed.cpu), unit: 'checks/s', target: 'info' },
      { name: `${label}: PARSED input: ours, BACKWARD as the API runs it, checks/s CPU`, value: round(backwardParsed.cpu), unit: 'checks/s', target: 'info' },
      { name: `${label}: PARSED input: @asyncapi/diff, checks/s CPU`, value: round(theirsParsed.cpu), unit: 'checks/s', target: 'info' },
      { name: `${label}: PARSED input: json-schema-diff, checks/s CPU (${slowParsed.checks} done in ${SLOW_TOOL_SECONDS}s)`, value: round(slowParsed.cpu), unit: 'checks/s', target: 'info' },
      { name: `${label}: TARGET (both tools from the same parsed input): ours verdict-only / @asyncapi/diff`, value: round(verdictParsed.cpu / theirsParsed.cpu), unit: '×', target: '>= 5' },
      { name: `${label}: TARGET (both tools from the same parsed input): ours verdict-only / json-schema-diff`, value: round(verdictParsed.cpu / slowParsed.cpu), unit: '×', target: '>= 5' },
      { name: `${label}: PARSED input: ours BACKWARD (API default) / @asyncapi/diff`, value: round(backwardParsed.cpu / theirsParsed.cpu), unit: '×', target: 'info' },
      { name: `${label}: PARSED input: bare walk visiting every value of both documents (no checks), checks/s CPU`, value: round(walk.cpu), unit: 'checks/s', target: 'info' },
      { name: `${label}: bound — bare walk / @asyncapi/diff (no checker that reads its input can beat this ratio)`, value: round(walk.cpu / theirsParsed.cpu), unit: '×', target: 'info' },
      { name: `${label}: ours verdict-only / bare walk (share of the bound reached)`, value: round(verdictParsed.cpu / walk.cpu), unit: '×', target: 'info' },
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
