import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout, and the launcher users run. */
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const LAUNCHER = path.join(REPO, 'bin', 'eventflow.mjs');

export interface LauncherRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Spawns `bin/eventflow.mjs` as users run it: from `cwd` (outside the checkout, so the launcher
 * must find tsconfig, the `@/` alias and migrations itself), on the embedded store in `dataDir`,
 * with none of the developer's store settings leaking in.
 * @example const run = await runLauncher(['workspace', 'list', '--json'], { cwd, dataDir });
 */
export function runLauncher(args: readonly string[], where: { cwd: string; dataDir: string }): Promise<LauncherRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, EVENTFLOW_DATA_DIR: where.dataDir };
  delete env.DATABASE_URL;
  delete env.EVENTFLOW_SEED;
  delete env.EVENTFLOW_DEBUG;
  delete env.EVENTFLOW_MIGRATIONS_DIR;
  const child = spawn(process.execPath, [LAUNCHER, ...args], { cwd: where.cwd, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
