// The app's HTTP server, as `next start` sets it up (Next's own request handlers from
// start-server; a custom server around `next()` measured ~1.5 ms more CPU per request), with one
// addition: the lanes the app installs (lib/server/lanes) answer the /api/v1 routes on plain
// node:http before Next's router, which cost more CPU than most of their handlers.
import http from 'node:http';
import { createRequire } from 'node:module';

const LANES = Symbol.for('eventflow.serverLanes');
const KEEP_ALIVE_MS = 65_000;

/** Serves the built app on port/hostname; resolves once it listens and Next's handlers are ready. */
export async function serve({ port, hostname }) {
  // What Next's CLI sets before `next start`; Next's modules read them when loaded.
  process.env.NODE_ENV = process.env.NODE_ENV || 'production';
  process.env.NEXT_RUNTIME = 'nodejs';
  process.env.NEXT_PRIVATE_START_TIME ??= String(Date.now());
  const require = createRequire(import.meta.url);
  const { getRequestHandlers } = require('next/dist/server/lib/start-server');

  let handlers;
  let ready;
  const handlersReady = new Promise((resolve) => (ready = resolve));
  const toNext = async (request, response) => {
    try {
      await (handlers ?? (await handlersReady)).requestHandler(request, response);
    } catch (error) {
      console.error(`Failed to handle request for ${request.url}`, error);
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    }
  };
  const server = http.createServer((request, response) => {
    const lane = globalThis[LANES]?.(request.method, request.url);
    if (lane) return lane(request, response, () => void toNext(request, response));
    return toNext(request, response);
  });
  // Node closes an idle keep-alive connection after 5 s, sooner than proxies and load balancers
  // (60 s) and busy clients expect: a request sent as it closes dies with ECONNRESET (seen in the
  // load test). Idle connections stay 65 s; clients read the Keep-Alive hint and give up first.
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1000;
  server.on('upgrade', async (request, socket, head) => {
    try {
      await (handlers ?? (await handlersReady)).upgradeHandler(request, socket, head);
    } catch {
      socket.destroy();
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, resolve);
  });
  const origin = `http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`;
  process.env.PORT = String(port);
  process.env.__NEXT_PRIVATE_ORIGIN = origin;
  handlers = await getRequestHandlers({ dir: process.cwd(), port, hostname, isDev: false, server, minimalMode: false });
  ready(handlers);
  console.log(`Eventflow: ready on ${origin}`);
  stopOnSignals(server, handlers);
  return server;
}

/** Stop taking connections, give open requests (live-session streams included) 2 s, then exit. */
function stopOnSignals(server, handlers) {
  let stopping = false;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
    process.on(signal, async () => {
      if (stopping) return;
      stopping = true;
      const closed = new Promise((resolve) => server.close(() => resolve()));
      setTimeout(() => server.closeAllConnections(), 2000).unref();
      await closed;
      await Promise.resolve(handlers.server?.close?.()).catch((error) => console.error(error));
      process.exit(code);
    });
  }
}
