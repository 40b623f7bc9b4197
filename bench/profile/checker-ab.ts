/**
 * The checker's speed at another commit against the working tree's, in ONE process, in alternating
 * short slices: on a shared 2-core VM, CPU steal moves separate runs by ±30%, while interleaving
 * keeps both sides under the same conditions (identical code measured 1.00–1.06×, so trust differences above ~10%).
 * The other commit's lib/domain is extracted to bench/.checker-ab/<sha>/ (git-ignored).
 * Run: `npx tsx bench/profile/checker-ab.ts [REF=HEAD~1]` (AB_ROUNDS, AB_MODE; pairs as in the compat bench).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkCompatibility as current } from '../../lib/domain/compatibility';
import { benchSchemaPairs, type SchemaPairFixture } from '../../lib/domain/compatibility/bench-fixtures';
import type { CompatibilityMode } from '../../lib/domain/model';
import { freshTexts } from '../compat-counterparts';

type Check = typeof current;

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const ref = process.argv[2] ?? 'HEAD~1';
const rounds = Number(process.env.AB_ROUNDS ?? 41);
const mode = (process.env.AB_MODE ?? 'FULL') as CompatibilityMode;

/** lib/domain as it was at `ref`, importable (its packages resolve from the repository's node_modules). */
async function checkerAt(gitRef: string): Promise<{ sha: string; check: Check }> {
  const sha = execFileSync('git', ['rev-parse', '--short', gitRef], { cwd: root, encoding: 'utf8' }).trim();
  const dir = path.join(root, 'bench', '.checker-ab', sha);
  if (!existsSync(path.join(dir, 'lib/domain'))) {
    mkdirSync(dir, { recursive: true });
    const archive = execFileSync('git', ['archive', sha, 'lib/domain'], { cwd: root, maxBuffer: 1 << 28 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
  }
  const loaded = (await import(pathToFileURL(path.join(dir, 'lib/domain/compatibility/index.ts')).href)) as { checkCompatibility: Check };
  return { sha, check: loaded.checkCompatibility };
}

/** CPU µs per check over `count` fresh parsed pairs (parsed outside the timed region, as in the compat bench). */
function slice(check: Check, pair: SchemaPairFixture, count: number): number {
  const inputs = Array.from({ length: count }, () => {
    const { old, candidate } = freshTexts(pair);
    return [JSON.parse(old), JSON.parse(candidate)] as const;
  });
  const before = process.cpuUsage();
  for (const [old, candidate] of inputs) check({ format: 'json-schema', mode, previous: [old], candidate, parsed: true }, { counterexamples: false });
  const used = process.cpuUsage(before);
  return (used.user + used.system) / count;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const other = await checkerAt(ref);
for (const pair of benchSchemaPairs()) {
  // Warmed up (JIT) first, then about 25 ms a slice, whatever the pair's size.
  for (let warm = 0; warm < 5; warm += 1) {
    slice(other.check, pair, 50);
    slice(current, pair, 50);
  }
  const count = Math.max(5, Math.round(25_000 / slice(current, pair, 50)));
  const then: number[] = [];
  const now: number[] = [];
  const speedUps: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const a = slice(other.check, pair, count);
    const b = slice(current, pair, count);
    then.push(a);
    now.push(b);
    speedUps.push(a / b);
  }
  console.log(
    `${pair.name}, ${mode}: ${other.sha} ${median(then).toFixed(1)} µs, working tree ${median(now).toFixed(1)} µs; ` +
      `speed-up ${median(speedUps).toFixed(2)}× (median of ${rounds} rounds, range ${Math.min(...speedUps).toFixed(2)}–${Math.max(...speedUps).toFixed(2)})`,
  );
}
