// `npm start`: build when the sources changed since the last build, then serve on PORT
// (default 3000). The server migrates and seeds its database as it starts.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildFingerprint } from './build-fingerprint.mjs';

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
// Next's own CLI, without npx in between: one process less to keep in memory.
const nextCli = fileURLToPath(import.meta.resolve('next/dist/bin/next'));
const server = spawn(process.execPath, [nextCli, 'start', '-p', port, '-H', host], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
