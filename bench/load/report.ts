/** The load test's result rows, table, and files under bench/results/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { percentile, type KindStats } from './run-phase';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  target: string;
}

/** A kind's numbers for the JSON file. */
export function kindSummary(s: KindStats) {
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    kind: s.kind,
    connections: s.connections,
    ok: s.latencies.length,
    perSecond: round(s.latencies.length / s.seconds),
    p50: round(percentile(s.latencies, 50)),
    p95: round(percentile(s.latencies, 95)),
    p99: round(percentile(s.latencies, 99)),
    max: round(Math.max(...s.latencies)),
    statuses: s.statuses,
    unexpected: s.unexpected,
    socketErrors: s.socketErrors,
    socketErrorKinds: s.socketErrorKinds,
    timeouts: s.timeouts,
  };
}

/** The read kinds whose p95 the issue holds under 100 ms. */
export const READ_KINDS = ['event-json', 'event-page', 'search'] as const;

/**
 * What a phase's traffic came to as a whole: publishes accepted (201), reads answered per second,
 * and errors (unexpected statuses, socket errors, timeouts).
 * @example trafficTotals(stats).acceptedPerSecond
 */
export function trafficTotals(stats: KindStats[]) {
  const seconds = Math.max(...stats.map((s) => s.seconds));
  const accepted = stats.filter((s) => s.kind.startsWith('publish')).reduce((sum, s) => sum + (s.statuses[201] ?? 0), 0);
  const readsPerSecond = stats.filter((s) => (READ_KINDS as readonly string[]).includes(s.kind)).reduce((sum, s) => sum + s.latencies.length / s.seconds, 0);
  const errors = stats.reduce((sum, s) => sum + s.unexpected + s.socketErrors + s.timeouts, 0);
  return { accepted, acceptedPerSecond: accepted / seconds, readsPerSecond, errors };
}

function verdict(row: BenchRow): string {
  const match = /^(>=|<=|<|>)\s*([\d.]+)/.exec(row.target.trim());
  if (!match) return 'info';
  const limit = Number(match[2]);
  const ok = { '>=': row.value >= limit, '<=': row.value <= limit, '<': row.value < limit, '>': row.value > limit }[match[1] as '>='];
  return ok ? 'met' : 'missed';
}

/** A Markdown table of the rows with a verdict column. @example console.log(table(rows)) */
export function table(rows: BenchRow[]): string {
  const header = ['measure', 'value', 'unit', 'target', 'verdict'];
  const lines = rows.map((r) => [r.name, r.value.toLocaleString('en-US', { maximumFractionDigits: 1 }), r.unit, r.target, verdict(r)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [fmt(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(fmt)].join('\n');
}

/**
 * Writes bench/results/load-<timestamp>.json and .md (with `sections`, Markdown, after the rows); returns their paths.
 * @example writeResults(rows, { kinds, verification }, 'bench/results')
 */
export function writeResults(rows: BenchRow[], details: Record<string, unknown>, dir: string, sections: string[] = []): string[] {
  mkdirSync(dir, { recursive: true });
  const at = new Date().toISOString();
  const stamp = at.replace(/[:.]/g, '-');
  const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? '', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverage: os.loadavg() };
  const jsonPath = path.join(dir, `load-${stamp}.json`);
  const mdPath = path.join(dir, `load-${stamp}.md`);
  writeFileSync(jsonPath, JSON.stringify({ at, machine, rows: rows.map((r) => ({ ...r, verdict: verdict(r) })), ...details }, null, 2));
  const kinds = (details.kinds as Array<ReturnType<typeof kindSummary>> | undefined) ?? [];
  const kindTable = [
    '| kind | connections | ok | per s | p50 ms | p95 ms | p99 ms | statuses | socket errors |',
    '|---|---|---|---|---|---|---|---|---|',
    ...kinds.map((k) => `| ${k.kind} | ${k.connections} | ${k.ok} | ${k.perSecond} | ${k.p50} | ${k.p95} | ${k.p99} | ${JSON.stringify(k.statuses)} | ${JSON.stringify(k.socketErrorKinds ?? {})} |`),
  ].join('\n');
  const md = [
    `# Load test ${at}`,
    '',
    `Machine: ${machine.cpus} cores, ${machine.memoryGiB} GiB, ${machine.model}, Node ${machine.node}; load average at the end ${machine.loadAverage.map((l) => l.toFixed(1)).join(' ')} (other work shares this machine).`,
    '',
    table(rows),
    '',
    ...sections.flatMap((section) => [section, '']),
    ...(kinds.length > 0 ? ['## Per request kind', '', kindTable, ''] : []),
    '## Settings and verification',
    '',
    '```json',
    JSON.stringify({ settings: details.settings, verification: details.verification }, null, 2),
    '```',
    '',
  ].join('\n');
  writeFileSync(mdPath, md);
  return [jsonPath, mdPath];
}
