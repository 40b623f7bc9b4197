import { beforeAll, describe, expect, it } from 'vitest';
import { call } from './route-harness';
import { serverOnTestPostgres } from './server-on-test-postgres';

const { db, createApiToken, freshWorkspace } = await serverOnTestPostgres();

const routes = {
  workspaces: await import('@/app/api/v1/workspaces/route'),
  services: await import('@/app/api/v1/workspaces/[workspace]/services/route'),
  service: await import('@/app/api/v1/workspaces/[workspace]/services/[service]/route'),
  events: await import('@/app/api/v1/workspaces/[workspace]/events/route'),
  event: await import('@/app/api/v1/workspaces/[workspace]/events/[event]/route'),
  versions: await import('@/app/api/v1/workspaces/[workspace]/events/[event]/versions/route'),
  channels: await import('@/app/api/v1/workspaces/[workspace]/channels/route'),
  channel: await import('@/app/api/v1/workspaces/[workspace]/channels/[channel]/route'),
  producers: await import('@/app/api/v1/workspaces/[workspace]/producers/route'),
  consumers: await import('@/app/api/v1/workspaces/[workspace]/consumers/route'),
  tokens: await import('@/app/api/v1/workspaces/[workspace]/tokens/route'),
  health: await import('@/app/api/health/route'),
};

let token = '';
let slug = '';
let workspaceId = '';

async function snapshot() {
  const prisma = (await db()).prisma;
  const where = { workspaceId };
  return {
    changes: await prisma.changeLog.count({ where }),
    services: await prisma.service.count({ where }),
    events: await prisma.event.count({ where }),
    versions: await prisma.eventVersion.count({ where }),
    channels: await prisma.channel.count({ where }),
    producers: await prisma.producer.count({ where }),
    consumers: await prisma.consumer.count({ where }),
    tokens: await prisma.apiToken.count({ where }),
    workspaces: await prisma.workspace.count(),
  };
}

beforeAll(async () => {
  const database = await db();
  const actor = await freshWorkspace(database);
  slug = actor.slug;
  workspaceId = actor.workspaceId;
  token = (await createApiToken(database, actor, { name: 'test', role: 'owner' })).token;
  const w = { workspace: slug };
  expect((await call(routes.services.POST, w, { method: 'POST', token, body: { name: 'Svc' } })).status).toBe(201);
  expect((await call(routes.events.POST, w, { method: 'POST', token, body: { name: 'Evt' } })).status).toBe(201);
  expect((await call(routes.channels.POST, w, { method: 'POST', token, body: { name: 'orders', protocol: 'kafka' } })).status).toBe(201);
});

const MALFORMED: Array<[string, string | object]> = [
  ['not JSON', '{"name": '],
  ['an array', '[1,2]'],
  ['a number', '42'],
  ['unknown keys', { name: 'X', evil: true }],
  ['wrong types', { name: 12, tags: 'a,b', partitions: 'many', protocol: 'carrier-pigeon', format: 'xml' }],
  ['an empty object', {}],
  ['deep nesting', JSON.parse('{"name":"X","extras":' + '{"a":'.repeat(100) + '1' + '}'.repeat(100) + '}')],
];

describe('every write endpoint refuses malformed bodies with a 4xx JSON error and writes nothing', () => {
  const endpoints = (): Array<{ name: string; handler: Parameters<typeof call>[0]; params: Record<string, string>; method: string }> => [
    { name: 'POST /workspaces', handler: routes.workspaces.POST, params: {}, method: 'POST' },
    { name: 'POST services', handler: routes.services.POST, params: { workspace: slug }, method: 'POST' },
    { name: 'PATCH service', handler: routes.service.PATCH, params: { workspace: slug, service: 'Svc' }, method: 'PATCH' },
    { name: 'POST events', handler: routes.events.POST, params: { workspace: slug }, method: 'POST' },
    { name: 'PATCH event', handler: routes.event.PATCH, params: { workspace: slug, event: 'Evt' }, method: 'PATCH' },
    { name: 'POST versions', handler: routes.versions.POST, params: { workspace: slug, event: 'Evt' }, method: 'POST' },
    { name: 'POST channels', handler: routes.channels.POST, params: { workspace: slug }, method: 'POST' },
    { name: 'PATCH channel', handler: routes.channel.PATCH, params: { workspace: slug, channel: 'orders' }, method: 'PATCH' },
    { name: 'POST producers', handler: routes.producers.POST, params: { workspace: slug }, method: 'POST' },
    { name: 'POST consumers', handler: routes.consumers.POST, params: { workspace: slug }, method: 'POST' },
    { name: 'POST tokens', handler: routes.tokens.POST, params: { workspace: slug }, method: 'POST' },
  ];

  it.each(MALFORMED)('%s', async (_label, body) => {
    for (const endpoint of endpoints()) {
      const before = await snapshot();
      const response = await call(endpoint.handler, endpoint.params, { method: endpoint.method, token, body });
      const { error } = response.body as { error?: unknown };
      expect(response.status, `${endpoint.name}: ${JSON.stringify(response.body)}`).toBeGreaterThanOrEqual(400);
      expect(response.status, endpoint.name).toBeLessThan(500);
      expect(typeof error, endpoint.name).toBe('string');
      expect(JSON.stringify(response.body)).not.toMatch(/at .*\.(ts|js):\d+/);
      expect(await snapshot(), endpoint.name).toEqual(before);
    }
  });

  it('refuses an oversized body with 413', async () => {
    const before = await snapshot();
    const huge = JSON.stringify({ name: 'Big', description: 'x'.repeat(1_100_000) });
    const response = await call(routes.services.POST, { workspace: slug }, { method: 'POST', token, body: huge });
    expect(response.status).toBe(413);
    expect(await snapshot()).toEqual(before);
  });
});

describe('authentication and workspace boundaries', () => {
  it('answers 401 without credentials and for an unknown token', async () => {
    expect((await call(routes.services.GET, { workspace: slug })).status).toBe(401);
    expect((await call(routes.services.GET, { workspace: slug }, { token: 'efp_' + 'x'.repeat(40) })).status).toBe(401);
  });

  it("answers 404 for another workspace's token, revealing nothing", async () => {
    const other = await freshWorkspace(await db());
    const otherToken = (await createApiToken(await db(), other, { name: 'b', role: 'owner' })).token;
    const response = await call(routes.services.GET, { workspace: slug }, { token: otherToken });
    expect(response.status).toBe(404);
    expect(JSON.stringify(response.body)).not.toContain('Svc');
  });

  it("refuses a viewer token's writes with 403 and changes nothing", async () => {
    const viewer = (await call(routes.tokens.POST, { workspace: slug }, { method: 'POST', token, body: { role: 'viewer' } })).body as { token: string };
    const before = await snapshot();
    const response = await call(routes.services.POST, { workspace: slug }, { method: 'POST', token: viewer.token, body: { name: 'Nope' } });
    expect(response.status).toBe(403);
    expect(await snapshot()).toEqual(before);
    expect((await call(routes.services.GET, { workspace: slug }, { token: viewer.token })).status).toBe(200);
  });

  it('reports health', async () => {
    const response = await routes.health.GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', db: 'ok' });
  });
});
