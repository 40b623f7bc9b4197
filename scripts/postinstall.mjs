// Generates the Prisma client after `npm install`. Prisma's CLI would try to download
// its schema engine first; generation does not need it, so point it at a no-op.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['--no-install', 'prisma', 'generate'], {
  stdio: 'inherit',
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: '/bin/false', PRISMA_HIDE_UPDATE_MESSAGE: '1' },
});
process.exit(result.status ?? 1);
