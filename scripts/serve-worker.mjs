// One app process of a cluster (scripts/start.mjs forks these when EVENTFLOW_WORKERS > 1):
// Next's request handler on an HTTP server; node:cluster shares the listening port.
import { createServer } from 'node:http';
import next from 'next';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '0.0.0.0';
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
createServer((request, response) => handle(request, response)).listen(port, hostname, () => process.send?.('listening'));
// Without its primary (killed, crashed) a worker must not linger holding the port.
process.on('disconnect', () => process.exit(0));
