import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshWorkspace, openTestDatabase, STORES } from '@/tests/databases';
import type { Database } from '../db';
import { AppError } from '../errors';
import { createEvent, getEventDetail, listEvents, updateEvent } from './events';
import { addConsumer, addProducer } from './relations';
import { createService, getServiceDetailFor, listServices } from './test-helpers';
import { createChannel } from './channels';
import { publishVersion } from './versions';

const SCHEMA = JSON.stringify({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['orderId'],
  properties: { orderId: { type: 'string' }, total: { type: 'number' } },
});

const status = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof AppError) return error.status;
    throw error;
  }
};

describe.each(STORES)('catalog use cases on %s', (store) => {
  let db: Database;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ db, cleanup } = await openTestDatabase(store)));
  afterAll(async () => cleanup?.());

  it('creates a service and an event with a version, and relates them', async () => {
    const actor = await freshWorkspace(db);
    await createChannel(db, actor, { name: 'orders', protocol: 'kafka', partitions: 6, description: '' });
    await createService(db, actor, { name: 'Order Service', description: 'Takes orders', owner: 'team-orders', tags: ['core'] });
    await createEvent(db, actor, { name: 'OrderPlaced', kind: 'event', summary: 'An order was placed', description: '# Hi', owner: 'team-orders', tags: ['orders'], status: 'active', channel: 'orders' });
    const v1 = await publishVersion(db, actor, 'OrderPlaced', { format: 'json-schema', schema: SCHEMA, examples: [{ orderId: 'a' }] });
    expect(v1.number).toBe(1);
    await addProducer(db, actor, { service: 'Order Service', event: 'OrderPlaced' });
    const detail = await getEventDetail(db, actor, 'OrderPlaced');
    expect(detail.producers.map((p) => p.service.name)).toEqual(['Order Service']);
    expect(detail.channel?.name).toBe('orders');
    expect(detail.versions).toHaveLength(1);
    const service = await getServiceDetailFor(db, actor, 'Order Service');
    expect(service.produces.map((p) => p.event.name)).toEqual(['OrderPlaced']);
    const log = await db.prisma.changeLog.findMany({ where: { workspaceId: actor.workspaceId }, orderBy: { id: 'asc' } });
    expect(log.map((l) => `${l.action}:${l.entityType}`)).toEqual(['create:channel', 'create:service', 'create:event', 'publish:version', 'create:producer']);
  });

  it('searches events by name, tag, owner and status', async () => {
    const actor = await freshWorkspace(db);
    await createEvent(db, actor, { name: 'UserSignedUp', kind: 'event', summary: '', description: '', owner: 'team-identity', tags: ['users'], status: 'active' });
    await createEvent(db, actor, { name: 'UserDeleted', kind: 'event', summary: '', description: '', owner: 'team-privacy', tags: ['users', 'gdpr'], status: 'deprecated' });
    await createEvent(db, actor, { name: 'InvoiceSent', kind: 'event', summary: '', description: '', owner: 'team-billing', tags: [], status: 'draft' });
    const names = async (q: Record<string, string>) => (await listEvents(db, actor, { limit: 100, offset: 0, ...q })).items.map((e) => e.name);
    expect(await names({ q: 'user' })).toEqual(['UserDeleted', 'UserSignedUp']);
    expect(await names({ tag: 'gdpr' })).toEqual(['UserDeleted']);
    expect(await names({ owner: 'TEAM-BILLING' })).toEqual(['InvoiceSent']);
    expect(await names({ status: 'active' })).toEqual(['UserSignedUp']);
    expect((await listServices(db, actor, { limit: 10, offset: 0, q: 'nothing' })).total).toBe(0);
  });

  it('free text matches a substring of the name or the summary/description, ignoring case, and follows renames', async () => {
    const actor = await freshWorkspace(db);
    const placed = await createEvent(db, actor, { name: 'OrderPlaced', kind: 'event', summary: 'A Customer checked out their CART', description: '', owner: '', tags: ['checkout'], status: 'active' });
    await createEvent(db, actor, { name: 'Discount_50%', kind: 'event', summary: '', description: '', owner: '', tags: [], status: 'draft' });
    await createService(db, actor, { name: 'Cart Service', description: 'Keeps the Shopping baskets', owner: '', tags: [] });
    const events = async (q: string) => (await listEvents(db, actor, { limit: 100, offset: 0, q })).items.map((e) => e.name);
    expect(await events('cart')).toEqual(['OrderPlaced']);
    expect(await events('ORDERPL')).toEqual(['OrderPlaced']);
    expect(await events('CHECKOUT')).toEqual(['OrderPlaced']);
    // LIKE's wildcards in the text are literal characters.
    expect(await events('50%')).toEqual(['Discount_50%']);
    expect(await events('t_5')).toEqual(['Discount_50%']);
    expect(await events('%')).toEqual(['Discount_50%']);
    await updateEvent(db, actor, placed.id, { name: 'BasketSubmitted', expectedVersion: placed.version });
    expect(await events('basketsub')).toEqual(['BasketSubmitted']);
    expect(await events('orderplaced')).toEqual([]);
    const services = await listServices(db, actor, { limit: 10, offset: 0, q: 'shopping BASKETS' });
    expect(services.items.map((service) => service.name)).toEqual(['Cart Service']);
    // The owner filter means the name literally too (Prisma hands an insensitive equals to ILIKE).
    await createService(db, actor, { name: 'Wildcard Owned', description: '', owner: 'team_x', tags: [] });
    await createService(db, actor, { name: 'Dash Owned', description: '', owner: 'TEAM-X', tags: [] });
    const owned = async (owner: string) => (await listServices(db, actor, { limit: 10, offset: 0, owner })).items.map((service) => service.name);
    expect(await owned('TEAM_X')).toEqual(['Wildcard Owned']);
    expect(await owned('team%')).toEqual([]);
  });

  it('refuses duplicates and unknown references with clear statuses, writing nothing', async () => {
    const actor = await freshWorkspace(db);
    await createService(db, actor, { name: 'A', description: '', owner: '', tags: [] });
    const before = await db.prisma.changeLog.count({ where: { workspaceId: actor.workspaceId } });
    expect(await status(createService(db, actor, { name: 'A', description: '', owner: '', tags: [] }))).toBe(409);
    expect(await status(createEvent(db, actor, { name: 'E', kind: 'event', summary: '', description: '', owner: '', tags: [], status: 'draft', channel: 'missing' }))).toBe(422);
    expect(await status(addProducer(db, actor, { service: 'A', event: 'Nope' }))).toBe(404);
    expect(await db.prisma.event.count({ where: { workspaceId: actor.workspaceId } })).toBe(0);
    expect(await db.prisma.changeLog.count({ where: { workspaceId: actor.workspaceId } })).toBe(before);
  });

  it('rejects invalid schemas and examples that do not validate (422), storing nothing', async () => {
    const actor = await freshWorkspace(db);
    await createEvent(db, actor, { name: 'E', kind: 'event', summary: '', description: '', owner: '', tags: [], status: 'draft' });
    expect(await status(publishVersion(db, actor, 'E', { format: 'json-schema', schema: '{"type":"nope"}', examples: [] }))).toBe(422);
    expect(await status(publishVersion(db, actor, 'E', { format: 'json-schema', schema: SCHEMA, examples: [{ total: 3 }] }))).toBe(422);
    expect(await status(publishVersion(db, actor, 'E', { format: 'avro', schema: '{"type":"record","name":"R","fields":[{"name":"x","type":"strng"}]}', examples: [] }))).toBe(422);
    expect(await db.prisma.eventVersion.count({ where: { workspaceId: actor.workspaceId } })).toBe(0);
  });

  it('detects a concurrent edit instead of overwriting it (optimistic concurrency)', async () => {
    const actor = await freshWorkspace(db);
    const event = await createEvent(db, actor, { name: 'E', kind: 'event', summary: '', description: '', owner: '', tags: [], status: 'draft' });
    const first = await updateEvent(db, actor, 'E', { summary: 'first', expectedVersion: event.version });
    expect(first.version).toBe(event.version + 1);
    let conflict: AppError | undefined;
    try {
      await updateEvent(db, actor, 'E', { summary: 'stale', expectedVersion: event.version });
    } catch (error) {
      conflict = error as AppError;
    }
    expect(conflict?.status).toBe(409);
    expect((conflict?.details as { current: { summary: string } }).current.summary).toBe('first');
    expect((await getEventDetail(db, actor, 'E')).event.summary).toBe('first');
  });

  it('numbers concurrent publishes strictly sequentially', async () => {
    const actor = await freshWorkspace(db);
    await createEvent(db, actor, { name: 'E', kind: 'event', summary: '', description: '', owner: '', tags: [], status: 'draft' });
    const schemas = Array.from({ length: 8 }, (_, i) =>
      JSON.stringify({ type: 'object', properties: { [`f${i}`]: { type: 'string' } } }),
    );
    const results = await Promise.allSettled(schemas.map((schema) => publishVersion(db, actor, 'E', { format: 'json-schema', schema, examples: [] })));
    const numbers = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.number] : [])).sort((a, b) => a - b);
    for (const r of results) if (r.status === 'rejected') expect((r.reason as AppError).status).toBe(409);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(numbers.length).toBeGreaterThan(0);
    // Each stored version has exactly one change-log entry, written in the same statement.
    const logged = await db.prisma.changeLog.findMany({ where: { workspaceId: actor.workspaceId, action: 'publish' }, select: { entityName: true } });
    expect(logged.map((l) => l.entityName).sort()).toEqual(numbers.map((n) => `E@${n}`).sort());
  });

  it('records consumers with what they read', async () => {
    const actor = await freshWorkspace(db);
    await createChannel(db, actor, { name: 'dlq', protocol: 'kafka', partitions: 1, description: '' });
    await createService(db, actor, { name: 'Billing', description: '', owner: '', tags: [] });
    await createEvent(db, actor, { name: 'E', kind: 'event', summary: '', description: '', owner: '', tags: [], status: 'draft' });
    const consumer = await addConsumer(db, actor, {
      service: 'Billing',
      event: 'E',
      consumerGroup: 'billing',
      deadLetterChannel: 'dlq',
      retryPolicy: { maxAttempts: 3, backoffMs: 100, multiplier: 2 },
      fieldsRead: ['/orderId'],
    });
    expect(consumer.fieldsRead).toEqual(['/orderId']);
    expect(consumer.retryPolicy?.maxAttempts).toBe(3);
    expect((await getEventDetail(db, actor, 'E')).consumers[0]?.service.name).toBe('Billing');
  });
});
