import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST } from '@/app/api/v1/compat/route';
import { compatLane } from './compat-lane';

const LIMIT = 4096;
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((request, response) => compatLane(request, response, LIMIT));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const schema = (type: string) => JSON.stringify({ type: 'object', properties: { id: { type } }, required: ['id'] });

/** The same body through the lane (node:http) and through the App Router route (web Request). */
async function both(body: string): Promise<Array<{ status: number; json: unknown; lane: string | null }>> {
  const viaLane = await fetch(`${base}/api/v1/compat`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  const viaRoute = await POST(new Request('http://localhost/api/v1/compat', { method: 'POST', body }));
  return [
    { status: viaLane.status, json: await viaLane.json(), lane: viaLane.headers.get('x-eventflow-lane') },
    { status: viaRoute.status, json: await viaRoute.json(), lane: 'route' },
  ];
}

describe('POST /api/v1/compat on the node:http lane', () => {
  it('gives the route’s answer for a breaking change, with its counterexample', async () => {
    const [lane, route] = await both(JSON.stringify({ format: 'json-schema', mode: 'BACKWARD', previous: [schema('string')], candidate: schema('integer') }));
    expect(lane!.status).toBe(200);
    expect(lane!.lane).toBe('compat');
    expect(lane!.json).toMatchObject({ compatible: false, mode: 'BACKWARD', changes: [{ kind: 'TYPE_CHANGED', path: '/properties/id' }] });
    expect(lane!.json).toEqual(route!.json);
  });

  it.each([
    ['not JSON', '{"format":', 400, /not valid JSON/],
    ['an unknown mode', JSON.stringify({ format: 'avro', mode: 'SIDEWAYS', previous: [], candidate: '"string"' }), 400, /Invalid input/],
    ['an invalid candidate schema', JSON.stringify({ format: 'json-schema', mode: 'BACKWARD', previous: [schema('string')], candidate: '{"type":"nonsense"}' }), 422, /candidate/],
  ])('answers %s as the route does', async (_what, body, status, message) => {
    const [lane, route] = await both(body);
    expect(lane!.status).toBe(status);
    expect((lane!.json as { error: string }).error).toMatch(message);
    expect(lane).toEqual({ ...route, lane: 'compat' });
  });

  it('refuses a body declared larger than the limit with 413', async () => {
    const response = await fetch(`${base}/api/v1/compat`, { method: 'POST', body: 'x'.repeat(LIMIT + 1) });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: `Body is larger than ${LIMIT} bytes.` });
  });

  it('refuses a streamed body (no length declared) once it passes the limit, without reading the rest', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(`${base}/api/v1/compat`, { method: 'POST', headers: { 'transfer-encoding': 'chunked' } }, (response) => {
        response.resume();
        resolve(response.statusCode!);
      });
      request.on('error', reject);
      request.write('y'.repeat(LIMIT));
      // Keeps streaming: the answer must come before the body ends.
      const more = setInterval(() => request.write('y'.repeat(1024), () => undefined), 5);
      request.once('response', () => clearInterval(more));
      request.once('close', () => clearInterval(more));
    });
    expect(status).toBe(413);
  });
});
