import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverOnTestPostgres } from '@/tests/api/server-on-test-postgres';

const { db, createApiToken, applyCatalogDocument, ecommerceCatalog, freshWorkspace } = await serverOnTestPostgres();

const { createApiLane } = await import('./api-lane');
const { API_ROUTES } = await import('./api-routes');

/** What the lane hands to Next in this test: a marker answer, so the test sees the hand-over. */
const HANDED_TO_NEXT = 299;
const find = createApiLane();
let server: http.Server;
let base: string;
let slug: string;
let token: string;
let eventName: string;

beforeAll(async () => {
  const database = await db();
  const actor = await freshWorkspace(database);
  await applyCatalogDocument(database, actor, ecommerceCatalog);
  slug = actor.slug;
  token = (await createApiToken(database, actor, { name: 'lane', role: 'owner' })).token;
  eventName = (await database.prisma.event.findFirstOrThrow({ where: { workspaceId: actor.workspaceId }, orderBy: { name: 'asc' } })).name;
  server = http.createServer((request, response) => {
    const lane = find(request.method!, request.url!);
    const toNext = () => response.writeHead(HANDED_TO_NEXT, { 'x-handed-to': 'next' }).end();
    if (lane) lane(request, response, toNext);
    else toNext();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** The same request through the lane (over HTTP) and straight to the route handler (a web Request). */
async function both(route: string, params: Record<string, string>, path: string, init: RequestInit = {}) {
  const headers = { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) };
  const viaLane = await fetch(`${base}${path}`, { ...init, headers });
  const routeModule = (await API_ROUTES.find(([listed]) => listed === route)![1]()) as Record<string, Handler>;
  const direct = await routeModule[init.method ?? 'GET']!(new Request(`http://localhost${path}`, { ...init, headers }), { params: Promise.resolve(params) });
  return {
    lane: { status: viaLane.status, body: await viaLane.json(), served: viaLane.headers.get('x-eventflow-lane'), type: viaLane.headers.get('content-type') },
    direct: { status: direct.status, body: await direct.json(), served: 'api', type: direct.headers.get('content-type') },
  };
}

const events = '/api/v1/workspaces/[workspace]/events';
const event = '/api/v1/workspaces/[workspace]/events/[event]';
const versions = '/api/v1/workspaces/[workspace]/events/[event]/versions';

describe('the API lane serves /api/v1 routes exactly as their handlers answer', () => {
  it('a search with its query string', async () => {
    const { lane, direct } = await both(events, { workspace: slug }, `/api/v1/workspaces/${slug}/events?q=order&limit=2`);
    expect(lane.status).toBe(200);
    expect((lane.body as { items: unknown[] }).items.length).toBeGreaterThan(0);
    expect(lane).toEqual(direct);
  });

  it('an event by its percent-encoded name, and a 404 for a name that is not there', async () => {
    const found = await both(event, { workspace: slug, event: eventName }, `/api/v1/workspaces/${slug}/events/${encodeURIComponent(eventName)}`);
    expect(found.lane.status).toBe(200);
    expect(found.lane).toEqual(found.direct);
    const missing = await both(event, { workspace: slug, event: 'No Such Event' }, `/api/v1/workspaces/${slug}/events/No%20Such%20Event`);
    expect(missing.lane.status).toBe(404);
    expect(missing.lane).toEqual(missing.direct);
  });

  it('a publish with its body (stored once: the next version follows it)', async () => {
    const listed = (await (await fetch(`${base}/api/v1/workspaces/${slug}/events/${encodeURIComponent(eventName)}/versions`, { headers: { authorization: `Bearer ${token}` } })).json()) as { items: Array<{ number: number; schema: string; format: string }> };
    const latest = listed.items.at(-1)!;
    const response = await fetch(`${base}/api/v1/workspaces/${slug}/events/${encodeURIComponent(eventName)}/versions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ format: latest.format, schema: latest.schema, examples: [] }),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-eventflow-lane')).toBe('api');
    expect(((await response.json()) as { number: number }).number).toBe(latest.number + 1);
  });

  it('bad input: invalid JSON is a 400 and an oversized body a 413, as the handler says', async () => {
    const path = `/api/v1/workspaces/${slug}/events/${encodeURIComponent(eventName)}/versions`;
    const params = { workspace: slug, event: eventName };
    const invalid = await both(versions, params, path, { method: 'POST', body: '{"format":', headers: { 'content-type': 'application/json' } });
    expect(invalid.lane.status).toBe(400);
    expect(invalid.lane).toEqual(invalid.direct);
    const large = await both(versions, params, path, { method: 'POST', body: 'x'.repeat(1024 * 1024 + 1), headers: { 'content-type': 'application/json' } });
    expect(large.lane.status).toBe(413);
    expect(large.lane).toEqual(large.direct);
  });

  it('gzips a large answer for a client that accepts it', async () => {
    const response = await new Promise<http.IncomingMessage>((resolve) =>
      http.get(`${base}/api/v1/workspaces/${slug}/events`, { headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' } }, resolve),
    );
    response.resume();
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    const plain = await fetch(`${base}/api/v1/workspaces/${slug}/events`, { headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Number(plain.headers.get('content-length'))).toBeGreaterThan(1024);
  });

  it('hands to Next what it cannot answer as Next would: HEAD, OPTIONS, unexported methods, unknown or unnormalised paths', async () => {
    for (const [method, path] of [
      ['HEAD', `/api/v1/workspaces/${slug}/events`],
      ['OPTIONS', `/api/v1/workspaces/${slug}/events`],
      ['PUT', `/api/v1/workspaces/${slug}/events`],
      ['GET', `/api/v1/workspaces/${slug}/events/`],
      ['GET', `/api/v1/workspaces/${slug}/nothing-here`],
      ['GET', `/api/v1/workspaces/${slug}/live`],
      ['GET', `/api/auth/get-session`],
    ] as const) {
      const response = await fetch(`${base}${path}`, { method, headers: { authorization: `Bearer ${token}` } });
      expect(response.headers.get('x-handed-to'), `${method} ${path}`).toBe('next');
    }
  });
});
