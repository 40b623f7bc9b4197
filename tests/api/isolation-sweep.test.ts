import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { call } from './route-harness';
import { serverOnTestPostgres } from './server-on-test-postgres';

const { db, createApiToken, applyCatalogDocument, ecommerceCatalog, freshWorkspace } = await serverOnTestPostgres();

/**
 * The isolation sweep: every workspace-scoped API route, every method, called
 * (1) on workspace A's URL with workspace B's token, and (2) on B's URL with B's
 * token but A's ids in the path and body. Nothing of A may be read or written.
 */
const ROOT = path.resolve(__dirname, '../../app/api/v1/workspaces/[workspace]');
const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === 'route.ts' ? [full] : [];
  });
}

interface World {
  slug: string;
  token: string;
  ids: Record<'service' | 'event' | 'channel' | 'producer' | 'consumer' | 'flow' | 'token' | 'user', string>;
  secrets: string[];
}

async function world(): Promise<World> {
  const database = await db();
  const actor = await freshWorkspace(database);
  await applyCatalogDocument(database, actor, ecommerceCatalog);
  const where = { workspaceId: actor.workspaceId };
  const [service, event, channel, producer, consumer, flow] = await Promise.all([
    database.prisma.service.findFirstOrThrow({ where }),
    database.prisma.event.findFirstOrThrow({ where }),
    database.prisma.channel.findFirstOrThrow({ where }),
    database.prisma.producer.findFirstOrThrow({ where }),
    database.prisma.consumer.findFirstOrThrow({ where }),
    database.prisma.flow.findFirstOrThrow({ where }),
  ]);
  const created = await createApiToken(database, actor, { name: 'owner', role: 'owner' });
  const token = created.token;
  const user = await database.prisma.user.create({ data: { id: `u-${actor.slug}`, name: 'Member', email: `${actor.slug}@example.test` } });
  await database.prisma.membership.create({ data: { workspaceId: actor.workspaceId, userId: user.id, role: 'editor' } });
  return {
    slug: actor.slug,
    token,
    ids: { service: service.id, event: event.id, channel: channel.id, producer: producer.id, consumer: consumer.id, flow: flow.slug, token: created.id, user: user.id },
    // Values only A's data contains: none may appear in a response to B.
    secrets: [actor.workspaceId, service.id, event.id, channel.id, producer.id, consumer.id, flow.id, token, created.id, user.email],
  };
}

function paramsFor(file: string, slug: string, ids: World['ids']): Record<string, string> {
  const params: Record<string, string> = { workspace: slug };
  for (const [, segment] of file.matchAll(/\[(\w+)\]/g)) {
    if (segment === 'workspace') continue;
    params[segment!] =
      segment === 'version' ? '1' : segment === 'user' ? ids.user : segment === 'id' ? (file.includes('producers') ? ids.producer : file.includes('consumers') ? ids.consumer : ids.token) : ids[segment as keyof World['ids']];
  }
  return params;
}

/** Plausible bodies that name A's items, so a write is refused for the right reason. */
function bodyFor(ids: World['ids']) {
  return {
    name: 'Intruder',
    protocol: 'kafka',
    format: 'json-schema',
    schema: '{"type":"object"}',
    examples: [],
    service: ids.service,
    event: ids.event,
    expectedVersion: 1,
    role: 'owner',
    email: 'intruder@example.test',
    flow: ids.flow,
    files: [{ path: 'a.yaml', text: 'asyncapi: 3.0.0' }],
    nodes: [{ kind: 'service', refId: ids.service, x: 0, y: 0 }],
    moves: [{ kind: 'service', refId: ids.service, x: 1, y: 1 }],
    source: { kind: 'service', refId: ids.service },
    target: { kind: 'event', refId: ids.event },
    edge: { kind: 'produces', relationId: ids.producer },
    scope: 'view',
  };
}

let a: World;
let b: World;
beforeAll(async () => {
  a = await world();
  b = await world();
});

describe('isolation sweep over every workspace API route', () => {
  const files = routeFiles(ROOT).sort();

  it('finds the routes it sweeps', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files.map((f) => [path.relative(ROOT, f)]))('%s', async (relative) => {
    const file = path.join(ROOT, relative);
    const mod = (await import(file)) as Partial<Record<(typeof METHODS)[number], Parameters<typeof call>[0]>>;
    for (const method of METHODS) {
      const handler = mod[method];
      if (!handler) continue;
      const body = method === 'GET' ? undefined : bodyFor(a.ids);

      // Echoing back an id the caller itself sent is no leak; anything else of A is.
      const leaked = (request: unknown, response: unknown) => {
        const sent = JSON.stringify(request);
        return a.secrets.filter((secret) => !sent.includes(secret) && JSON.stringify(response).includes(secret));
      };
      const foreignParams = paramsFor(file, a.slug, a.ids);
      const foreign = await call(handler, foreignParams, { method, token: b.token, body });
      expect([403, 404], `${method} ${relative} with B's token on A: ${JSON.stringify(foreign.body)}`).toContain(foreign.status);
      expect(leaked([foreignParams, body], foreign.body), `${method} ${relative}`).toEqual([]);

      if (!relative.startsWith('live')) {
        const crossedParams = paramsFor(file, b.slug, a.ids);
        const crossed = await call(handler, crossedParams, { method, token: b.token, body });
        expect(leaked([crossedParams, body], crossed.body), `${method} ${relative} with A's ids on B`).toEqual([]);
        if (/\[(service|event|channel|id)\]/.test(relative)) expect(crossed.status, `${method} ${relative}`).toBeGreaterThanOrEqual(400);
      }
      // Whatever B did on its own workspace, nothing was written to A.
      const aChanges = await (await db()).prisma.changeLog.count({ where: { workspace: { slug: a.slug } } });
      expect(aChanges).toBeGreaterThan(0);
      expect(await (await db()).prisma.changeLog.count({ where: { workspace: { slug: a.slug }, createdAt: { gt: new Date(Date.now() - 60_000) }, actorName: { startsWith: 'token' } } })).toBe(0);
    }
  });
});
