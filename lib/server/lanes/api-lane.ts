import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { DEFAULT_BODY_LIMIT, JSON_TEXT } from '../http';
import { API_ROUTES, type RouteModule } from './api-routes';
import { routeMatcher } from './route-matcher';

/** Answers one request on node:http; `toNext` hands it to Next's router untouched instead. */
export type ServerLane = (request: IncomingMessage, response: ServerResponse, toNext: () => void) => void;

type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const gzip = promisify(gzipCallback);
const LANE_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
/** As Next's compression: bodies from 1 KB are gzipped for clients that accept it. */
const COMPRESS_FROM_BYTES = 1024;

/**
 * The API lane: `/api/v1` route handlers (the very functions under app/api/v1) called on plain
 * node:http, without Next's request pipeline, which cost ~1.4 ms of CPU per request (more than
 * most handlers themselves). Whatever the lane cannot answer exactly as Next would (HEAD,
 * OPTIONS, a method the route does not export, paths Next normalises) goes to Next unchanged.
 *
 * @example const lane = createApiLane()('GET', '/api/v1/workspaces/demo/events?q=order'); // a ServerLane
 */
export function createApiLane(routes: Array<[string, () => Promise<RouteModule>]> = API_ROUTES): (method: string, url: string) => ServerLane | undefined {
  const match = routeMatcher(routes);
  return (method, url) => {
    if (!LANE_METHODS.has(method) || !url.startsWith('/api/v1/')) return undefined;
    const query = url.indexOf('?');
    const found = match(query === -1 ? url : url.slice(0, query));
    if (!found) return undefined;
    return (request, response, toNext) => {
      void serveRoute(found.value, found.params, request, response, toNext).catch((error: unknown) => {
        console.error(`API lane failed on ${method} ${url}`, error);
        // Headers already on the wire: all that is left is to end the answer.
        if (response.headersSent) response.end();
        else response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'Internal server error.' }));
      });
    };
  };
}

async function serveRoute(
  load: () => Promise<RouteModule>,
  params: Record<string, string>,
  request: IncomingMessage,
  response: ServerResponse,
  toNext: () => void,
): Promise<void> {
  const handler = (await load())[request.method!];
  if (typeof handler !== 'function') return toNext(); // Next answers 405 with its Allow header
  // As Next does: the handler's signal aborts when the client goes away before the answer is sent.
  const aborted = new AbortController();
  response.once('close', () => {
    if (!response.writableFinished) aborted.abort();
  });
  const answer = await (handler as RouteHandler)(await webRequest(request, aborted.signal), { params: Promise.resolve(params) });
  await writeAnswer(request, response, answer);
}

/**
 * The node request as the web Request a route handler takes. A body of a declared length within
 * the usual limit is read first and handed over whole (web streams cost more than the handler's
 * own work on a small publish); any other body is streamed, so the handler's limit still applies.
 */
async function webRequest(request: IncomingMessage, signal: AbortSignal): Promise<Request> {
  const headers = new Headers();
  const raw = request.rawHeaders;
  for (let index = 0; index < raw.length; index += 2) headers.append(raw[index]!, raw[index + 1]!);
  // The origin is the server's own (a hostile Host header must not make the URL unparsable);
  // handlers read only the path and query from it, and the Host header itself stays as sent.
  const url = `${process.env.__NEXT_PRIVATE_ORIGIN ?? 'http://localhost'}${request.url}`;
  const init: RequestInit & { duplex?: 'half' } = { method: request.method, headers, signal };
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    const declared = Number(request.headers['content-length']);
    const small = request.headers['transfer-encoding'] === undefined && Number.isInteger(declared) && declared <= DEFAULT_BODY_LIMIT;
    if (small) init.body = (await wholeBody(request)) as unknown as BodyInit;
    else Object.assign(init, { body: Readable.toWeb(request) as ReadableStream<Uint8Array>, duplex: 'half' });
  }
  return new Request(url, init);
}

/** A body Node already bounds by its declared length. */
async function wholeBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function writeAnswer(request: IncomingMessage, response: ServerResponse, answer: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  answer.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = answer.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  headers['x-eventflow-lane'] = 'api';
  const known = (answer as Response & { [JSON_TEXT]?: string })[JSON_TEXT];
  let body = known !== undefined ? Buffer.from(known) : answer.body ? Buffer.from(await answer.arrayBuffer()) : undefined;
  if (body && body.byteLength >= COMPRESS_FROM_BYTES && !headers['content-encoding'] && acceptsGzip(request)) {
    body = await gzip(body);
    headers['content-encoding'] = 'gzip';
    headers.vary = 'Accept-Encoding';
  }
  if (body) headers['content-length'] = String(body.byteLength);
  if (!request.complete) {
    // The handler answered without reading the whole body (a 413): close rather than read the rest.
    headers.connection = 'close';
    response.once('finish', () => request.destroy());
  }
  response.writeHead(answer.status, answer.statusText || undefined, headers);
  response.end(body);
}

function acceptsGzip(request: IncomingMessage): boolean {
  const accepted = request.headers['accept-encoding'];
  return typeof accepted === 'string' && /\bgzip\b/i.test(accepted) && !/\bgzip\s*;\s*q=0(\.0*)?\b/i.test(accepted);
}
