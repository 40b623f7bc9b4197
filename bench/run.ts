/**
 * `npm run bench [name…]`: runs every `bench/*.bench.ts` (or the named ones), prints one
 * table and writes it to bench/results/<timestamp>.{json,md} and latest.{json,md}.
 * Each bench module exports `run(): Promise<BenchRow[]>`; a target is `>= N`, `< N` or `info`.
 */
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  target: string;
}

interface ResultRow extends BenchRow {
  bench: string;
  verdict: 'met' | 'missed' | 'info';
}

const dir = path.dirname(new URL(import.meta.url).pathname);

function verdictOf(row: BenchRow): ResultRow['verdict'] {
  const match = /^(>=|<=|<|>)\s*([\d.]+)/.exec(row.target.trim());
  if (!match) return 'info';
  const limit = Number(match[2]);
  const ok = { '>=': row.value >= limit, '<=': row.value <= limit, '<': row.value < limit, '>': row.value > limit }[match[1] as '>='];
  return ok ? 'met' : 'missed';
}

function table(rows: ResultRow[]): string {
  const header = ['bench', 'measure', 'value', 'unit', 'target', 'verdict'];
  const lines = rows.map((r) => [r.bench, r.name, r.value.toLocaleString('en-US', { maximumFractionDigits: 2 }), r.unit, r.target, r.verdict]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [fmt(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(fmt)].join('\n');
}

async function main() {
  const wanted = process.argv.slice(2);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
    .sort();
  const rows: ResultRow[] = [];
  for (const file of files) {
    const bench = file.replace(/\.bench\.ts$/, '');
    console.error(`bench: running ${bench}…`);
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { run: () => Promise<BenchRow[]> };
    for (const row of await mod.run()) rows.push({ ...row, bench, verdict: verdictOf(row) });
  }
  const text = table(rows);
  console.log(text);
  const resultsDir = path.join(dir, 'results');
  mkdirSync(resultsDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? '', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
  const json = JSON.stringify({ at: new Date().toISOString(), machine, rows }, null, 2);
  const md = `# Benchmarks ${new Date().toISOString()}\n\nMachine: ${machine.cpus} cores, ${machine.memoryGiB} GiB, ${machine.model}, Node ${machine.node}\n\n${text}\n`;
  const suffix = wanted.length ? `-${wanted.join('-')}` : '';
  for (const [name, body] of [[`${stamp}${suffix}.json`, json], [`${stamp}${suffix}.md`, md], [`latest${suffix}.json`, json], [`latest${suffix}.md`, md]] as const) {
    writeFileSync(path.join(resultsDir, name), body);
  }
}

await main();
