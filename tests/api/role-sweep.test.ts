import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { call } from './route-harness';
import { serverOnTestPostgres } from './server-on-test-postgres';

const { db, createApiToken, applyCatalogDocument, ecommerceCatalog, freshWorkspace } = await serverOnTestPostgres();

/** Routes whose POST computes without writing: a viewer may use them. */
const READ_ONLY_POSTS = new Set(['simulations/route.ts']);
const ROOT = path.resolve(__dirname, '../../app/api/v1/workspaces/[workspace]');
const WRITES = ['POST', 'PATCH', 'PUT', 'DELETE'] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === 'route.ts' ? [full] : [];
  });
}

let slug = '';
let workspaceId = '';
let viewer = '';
let editor = '';
let ids: Record<string, string> = {};

async function snapshot() {
  const prisma = (await db()).prisma;
  const where = { workspaceId };
  const counts = await Promise.all([
    prisma.changeLog.count({ where }),
    prisma.service.count({ where }),
    prisma.event.count({ where }),
    prisma.eventVersion.count({ where }),
    prisma.channel.count({ where }),
    prisma.producer.count({ where }),
    prisma.consumer.count({ where }),
    prisma.apiToken.count({ where }),
    prisma.flowNode.count({ where: { flow: { workspaceId } } }),
    prisma.invitation.count({ where }),
    prisma.membership.count({ where }),
    prisma.apiToken.count({ where: { ...where, revokedAt: { not: null } } }),
  ]);
  const versions = await prisma.service.findMany({ where, select: { version: true }, orderBy: { id: 'asc' } });
  return { counts, versions };
}

beforeAll(async () => {
  const database = await db();
  const actor = await freshWorkspace(database);
  slug = actor.slug;
  workspaceId = actor.workspaceId;
  await applyCatalogDocument(database, actor, ecommerceCatalog);
  viewer = (await createApiToken(database, actor, { name: 'viewer', role: 'viewer' })).token;
  editor = (await createApiToken(database, actor, { name: 'editor', role: 'editor' })).token;
  const where = { workspaceId };
  ids = {
    service: (await database.prisma.service.findFirstOrThrow({ where })).id,
    event: (await database.prisma.event.findFirstOrThrow({ where })).id,
    channel: (await database.prisma.channel.findFirstOrThrow({ where })).id,
    producer: (await database.prisma.producer.findFirstOrThrow({ where })).id,
    consumer: (await database.prisma.consumer.findFirstOrThrow({ where })).id,
    flow: (await database.prisma.flow.findFirstOrThrow({ where })).slug,
    token: (await database.prisma.apiToken.findFirstOrThrow({ where: { ...where, name: 'editor' } })).id,
    user: 'someone',
  };
});

function idFor(file: string): string {
  if (file.includes('producers')) return ids.producer!;
  if (file.includes('consumers')) return ids.consumer!;
  return ids.token!;
}

function paramsFor(file: string): Record<string, string> {
  const params: Record<string, string> = { workspace: slug };
  for (const [, segment] of file.matchAll(/\[(\w+)\]/g)) {
    if (segment === 'workspace') continue;
    params[segment!] = segment === 'version' ? '1' : segment === 'id' ? idFor(file) : ids[segment!]!;
  }
  return params;
}

/** A body each write accepts, so the only reason left to refuse it is the role. */
function validBody(relative: string, method: string): unknown {
  const name = `New ${Date.now()}`;
  const placement = { kind: 'service', refId: ids.service, x: 10, y: 10 };
  const bodies: Record<string, unknown> = {
    'POST route.ts': undefined,
    'POST services/route.ts': { name },
    'PATCH services/[service]/route.ts': { summary: undefined, description: 'changed', expectedVersion: 1 },
    'DELETE services/[service]/route.ts': undefined,
    'POST events/route.ts': { name },
    'PATCH events/[event]/route.ts': { summary: 'changed', expectedVersion: 1 },
    'DELETE events/[event]/route.ts': undefined,
    'POST events/[event]/versions/route.ts': { format: 'json-schema', schema: '{"type":"object"}', examples: [] },
    'POST channels/route.ts': { name, protocol: 'kafka' },
    'PATCH channels/[channel]/route.ts': { description: 'changed', expectedVersion: 1 },
    'DELETE channels/[channel]/route.ts': undefined,
    'POST producers/route.ts': { service: ids.service, event: ids.event },
    'DELETE producers/[id]/route.ts': undefined,
    'POST consumers/route.ts': { service: ids.service, event: ids.event },
    'DELETE consumers/[id]/route.ts': undefined,
    'POST tokens/route.ts': { role: 'viewer' },
    'POST flows/route.ts': { name },
    'POST flows/[flow]/nodes/route.ts': { nodes: [placement] },
    'PATCH flows/[flow]/nodes/route.ts': { moves: [placement] },
    'DELETE flows/[flow]/nodes/route.ts': { nodes: [{ kind: 'service', refId: ids.service }], scope: 'view' },
    'POST flows/[flow]/edges/route.ts': { source: { kind: 'service', refId: ids.service }, target: { kind: 'event', refId: ids.event } },
    'DELETE flows/[flow]/edges/route.ts': { edge: { kind: 'produces', relationId: ids.producer } },
    'PATCH members/[user]/route.ts': { role: 'editor' },
    'DELETE members/[user]/route.ts': undefined,
    'POST invitations/route.ts': { role: 'editor' },
    'DELETE tokens/[id]/route.ts': undefined,
    'POST import/asyncapi/route.ts': { files: [{ path: 'a.yaml', text: 'asyncapi: 3.0.0\ninfo:\n  title: t\n  version: "1"\n' }] },
  };
  const key = `${method} ${relative}`;
  if (!(key in bodies)) throw new Error(`No valid body for ${key}: add one so the sweep covers it`);
  return bodies[key];
}

describe("a viewer's every write is refused with 403 and changes nothing", () => {
  const files = routeFiles(ROOT).sort();
  it.each(files.map((f) => [path.relative(ROOT, f)]))('%s', async (relative) => {
    const mod = (await import(path.join(ROOT, relative))) as Partial<Record<(typeof WRITES)[number], Parameters<typeof call>[0]>>;
    for (const method of WRITES) {
      const handler = mod[method];
      if (!handler || (method === 'POST' && READ_ONLY_POSTS.has(relative))) continue;
      const before = await snapshot();
      const response = await call(handler, paramsFor(relative), { method, token: viewer, body: validBody(relative, method) as object | undefined });
      expect(response.status, `${method} ${relative}: ${JSON.stringify(response.body)}`).toBe(403);
      expect((response.body as { error: string }).error).toMatch(/needs the (editor|owner) role/);
      expect(await snapshot(), `${method} ${relative}`).toEqual(before);
    }
  });

  it('still lets a viewer read', async () => {
    const events = await import('@/app/api/v1/workspaces/[workspace]/events/route');
    expect((await call(events.GET, { workspace: slug }, { token: viewer })).status).toBe(200);
  });

  it('keeps owner-only actions from editors', async () => {
    const tokens = await import('@/app/api/v1/workspaces/[workspace]/tokens/route');
    const before = await snapshot();
    expect((await call(tokens.POST, { workspace: slug }, { method: 'POST', token: editor, body: { role: 'owner' } })).status).toBe(403);
    expect((await call(tokens.GET, { workspace: slug }, { token: editor })).status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });
});
