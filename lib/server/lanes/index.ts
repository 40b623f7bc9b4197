import type { IncomingMessage, ServerResponse } from 'node:http';
import { compatLane } from './compat-lane';

/** Answers one request on the server's plain node:http path, before Next's router sees it. */
export type ServerLane = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Where the app's server script (scripts/serve.mjs, plain Node, outside Next's bundle) finds the
 * lanes. A global symbol, because the lanes are compiled into Next's bundle and installed from
 * instrumentation; the script looks them up per request by `METHOD /path`.
 */
export const SERVER_LANES = Symbol.for('eventflow.serverLanes');

/**
 * The hot stateless endpoints whose answer needs nothing Next adds (no page, no session, no
 * database): Next's request pipeline was ~94% of their CPU. Each lane gives exactly the answer of
 * its App Router route (same function); the route still answers under `next dev` and until the
 * lanes are installed.
 *
 * @example installServerLanes(); // from instrumentation's register()
 */
export function installServerLanes(): void {
  const lanes = new Map<string, ServerLane>([['POST /api/v1/compat', compatLane]]);
  (globalThis as Record<symbol, unknown>)[SERVER_LANES] = lanes;
}
