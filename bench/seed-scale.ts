/**
 * Seeds a generated catalog at scale into one workspace (slug `scale`): by default
 * 30 domains, 90 channels, 1,000 services, 10,000 events with one JSON Schema version
 * each, one producer and 1–3 consumers per event. Rows go in as bulk INSERTs (a benchmark
 * fixture, not the import path: applyCatalogDocument writes one row at a time).
 * Run alone: `npx tsx bench/seed-scale.ts postgresql://… [--replace]`.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { openDatabase, type Database } from '../lib/server/db';
import { bulkInsert } from './load/bulk-insert';
import { generateCatalog, type GeneratedEvent, type ScaleSize } from './load/catalog-generator';

export const SCALE_SLUG = 'scale';
const SEEDER = 'scale seeder';
export const MIGRATIONS = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'prisma', 'migrations');

export interface SeededEvent {
  id: string;
  name: string;
  /** The effective compatibility mode. */
  mode: string;
  /** The schema of version 1, as stored. */
  schema: string;
  versionId: string;
}

export interface ScaleSeedResult {
  workspaceId: string;
  slug: string;
  counts: { domains: number; channels: number; services: number; events: number; versions: number; producers: number; consumers: number };
  seconds: number;
  events: SeededEvent[];
}

/**
 * Writes the generated catalog into a fresh `scale` workspace of an open database.
 * `replace` deletes an existing `scale` workspace first (otherwise that is an error).
 * @example const seeded = await seedScaleInto(db, { events: 10_000, services: 1_000, domains: 30 });
 */
export async function seedScaleInto(db: Database, size: ScaleSize, options: { replace?: boolean } = {}): Promise<ScaleSeedResult> {
  const started = performance.now();
  const existing = await db.prisma.workspace.findUnique({ where: { slug: SCALE_SLUG } });
  if (existing && !options.replace) throw new Error(`A workspace "${SCALE_SLUG}" exists already; pass --replace to seed it again.`);
  if (existing) await db.prisma.workspace.delete({ where: { id: existing.id } });
  const catalog = generateCatalog(size);
  const ws = await db.prisma.workspace.create({
    data: { slug: SCALE_SLUG, name: 'Scale test', description: `Generated: ${size.events} events, ${size.services} services.`, defaultCompatibility: 'BACKWARD' },
  });
  const workspaceId = ws.id;

  const now = new Date().toISOString();
  const domainIds = new Map(catalog.domains.map((d) => [d, randomUUID()]));
  await bulkInsert(db.raw, 'Domain', catalog.domains.map((name) => ({ id: domainIds.get(name)!, workspaceId, name, description: `The ${name} domain.`, updatedAt: now })));

  const channelIds = new Map(catalog.channels.map((c) => [c.name, randomUUID()]));
  await bulkInsert(
    db.raw,
    'Channel',
    catalog.channels.map((c) => ({ id: channelIds.get(c.name)!, workspaceId, name: c.name, address: c.address, protocol: c.protocol, partitions: c.partitions, retentionHours: 168, updatedAt: now })),
  );

  const serviceIds = catalog.services.map(() => randomUUID());
  await bulkInsert(
    db.raw,
    'Service',
    catalog.services.map((s, i) => ({
      id: serviceIds[i]!, workspaceId, domainId: domainIds.get(s.domain)!, name: s.name, description: s.description,
      owner: s.owner, tags: s.tags, repositoryUrl: `https://git.example.com/${s.domain}/${s.name}`, updatedAt: now,
    })),
  );

  const seeded: SeededEvent[] = catalog.events.map((e) => ({
    id: randomUUID(),
    name: e.name,
    mode: e.compatibility ?? 'BACKWARD',
    schema: JSON.stringify(e.payload.schema),
    versionId: randomUUID(),
  }));
  const pairs = catalog.events.map((e, i): [GeneratedEvent, SeededEvent] => [e, seeded[i]!]);
  await bulkInsert(
    db.raw,
    'Event',
    pairs.map(([e, s]) => ({
      id: s.id, workspaceId, domainId: domainIds.get(e.domain)!, channelId: channelIds.get(e.channel) ?? null, name: e.name,
      kind: e.kind, summary: e.summary, description: e.description, owner: e.owner, tags: e.tags, status: e.status,
      compatibility: e.compatibility, partitionKey: e.partitionKey, title: e.payload.schema.title ?? '', contentType: 'application/json', updatedAt: now,
    })),
  );
  await bulkInsert(
    db.raw,
    'EventVersion',
    pairs.map(([e, s]) => ({
      id: s.versionId, workspaceId, eventId: s.id, number: 1, label: '1', format: 'json-schema',
      schema: s.schema, examples: [e.payload.example], createdByName: SEEDER, createdAt: now,
    })),
  );
  const producers = pairs.map(([e, s]) => ({ id: randomUUID(), workspaceId, serviceId: serviceIds[e.producer]!, eventId: s.id, channelId: channelIds.get(e.channel) ?? null }));
  await bulkInsert(db.raw, 'Producer', producers);
  const consumers = pairs.flatMap(([e, s]) =>
    e.consumers.map((c) => ({
      id: randomUUID(), workspaceId, serviceId: serviceIds[c.service]!, eventId: s.id, channelId: channelIds.get(e.channel) ?? null,
      consumerGroup: c.consumerGroup, fieldsRead: c.fieldsRead, retryPolicy: { maxAttempts: 5, backoffMs: 200, multiplier: 2 },
    })),
  );
  await bulkInsert(db.raw, 'Consumer', consumers);
  await db.raw.exec('ANALYZE');
  return {
    workspaceId,
    slug: SCALE_SLUG,
    counts: {
      domains: catalog.domains.length, channels: catalog.channels.length, services: catalog.services.length,
      events: catalog.events.length, versions: catalog.events.length, producers: producers.length, consumers: consumers.length,
    },
    seconds: (performance.now() - started) / 1000,
    events: seeded,
  };
}

/**
 * Opens (and migrates) the database at `databaseUrl`, seeds the scale catalog, closes it.
 * @example const { seconds } = await seedScale('postgresql://postgres@127.0.0.1:5432/scale');
 */
export async function seedScale(
  databaseUrl: string,
  size: ScaleSize = { events: 10_000, services: 1_000, domains: 30 },
  options: { replace?: boolean } = {},
): Promise<ScaleSeedResult> {
  const db = await openDatabase({ databaseUrl, migrationsDir: MIGRATIONS });
  try {
    return await seedScaleInto(db, size, options);
  } finally {
    await db.close();
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) {
  const url = process.argv.slice(2).find((a) => /^postgres(ql)?:\/\//.test(a));
  if (!url) {
    console.error('usage: npx tsx bench/seed-scale.ts postgresql://user@host:5432/db [--replace]');
    process.exit(2);
  }
  const result = await seedScale(url, undefined, { replace: process.argv.includes('--replace') });
  console.log(`Seeded workspace "${result.slug}" in ${result.seconds.toFixed(1)} s:`, result.counts);
}
