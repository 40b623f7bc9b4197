import { createApiLane, type ServerLane } from './api-lane';
import { compatLane } from './compat-lane';

export type { ServerLane } from './api-lane';

/** Finds the lane for a request line, if one answers it; scripts/serve.mjs asks once per request. */
export type LaneFinder = (method: string, url: string) => ServerLane | undefined;

/**
 * Where the app's server script (scripts/serve.mjs, plain Node, outside Next's bundle) finds the
 * lanes. A global symbol, because the lanes are compiled into Next's bundle and installed from
 * instrumentation (which shares the route handlers' module instances: one turbopack runtime).
 */
export const SERVER_LANES = Symbol.for('eventflow.serverLanes');

/**
 * Lanes answer requests on the server's plain node:http path, before Next's router: Next's request
 * pipeline cost more CPU than most API handlers themselves. Each lane gives exactly the answer of
 * the App Router route (the same function); the routes still answer under `next dev` and until the
 * lanes are installed.
 * - `POST /api/v1/compat`: stateless, body read within its limit on node:http (compat-lane.ts).
 * - every other `/api/v1` route but the live stream: the route handler itself (api-lane.ts).
 *
 * @example installServerLanes(); // from instrumentation's register()
 */
export function installServerLanes(): void {
  const exact = new Map<string, ServerLane>([['POST /api/v1/compat', (request, response) => compatLane(request, response)]]);
  const api = createApiLane();
  const find: LaneFinder = (method, url) => exact.get(`${method} ${url}`) ?? api(method, url);
  (globalThis as Record<symbol, unknown>)[SERVER_LANES] = find;
}
