// One app process of a cluster (scripts/start.mjs forks these when EVENTFLOW_WORKERS > 1). It
// runs the very server `next start` runs (Next's startServer; a custom server around `next()`
// measured ~1.5 ms more CPU per request); node:cluster shares the listening port.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { startServer } = require('next/dist/server/lib/start-server');

await startServer({ dir: process.cwd(), isDev: false, hostname: process.env.HOST ?? '0.0.0.0', port: Number(process.env.PORT ?? 3000) });
process.send?.('listening');
// Without its primary (killed, crashed) a worker must not linger holding the port.
process.on('disconnect', () => process.exit(0));
