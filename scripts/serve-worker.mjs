// One app process of a cluster (scripts/start.mjs forks these when EVENTFLOW_WORKERS > 1): the
// same server as a single process (scripts/serve.mjs); node:cluster shares the listening port.
import { serve } from './serve.mjs';

await serve({ port: Number(process.env.PORT ?? 3000), hostname: process.env.HOST ?? '0.0.0.0' });
process.send?.('listening');
// Without its primary (killed, crashed) a worker must not linger holding the port.
process.on('disconnect', () => process.exit(0));
