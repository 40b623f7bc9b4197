import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshWorkspace, openTestDatabase, STORES } from '@/tests/databases';
import type { Database } from '../db';
import { AppError } from '../errors';
import { createChannel } from './channels';
import { createEventWithVersion } from './create-event-with-version';
import { createEvent, getEventDetail } from './events';

const SCHEMA = JSON.stringify({ type: 'object', properties: { shipmentId: { type: 'string' } }, required: ['shipmentId'] });
const event = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  kind: 'event' as const,
  summary: 'A parcel left the warehouse',
  description: '',
  owner: 'team-shipping',
  tags: ['shipping'],
  status: 'draft' as const,
  ...extra,
});

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe.each(STORES)('createEventWithVersion on %s', (store) => {
  let db: Database;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ db, cleanup } = await openTestDatabase(store)));
  afterAll(async () => cleanup?.());

  const counts = async (workspaceId: string) => ({
    events: await db.prisma.event.count({ where: { workspaceId } }),
    versions: await db.prisma.eventVersion.count({ where: { workspaceId } }),
    changes: await db.prisma.changeLog.count({ where: { workspaceId } }),
  });

  it('creates the event and its version 1 together, on the named channel, with two history entries', async () => {
    const actor = await freshWorkspace(db);
    await createChannel(db, actor, { name: 'shipments', protocol: 'kafka', partitions: 3, description: '' });
    const before = await counts(actor.workspaceId);
    const { event: created, version } = await createEventWithVersion(db, actor, event('ShipmentDispatched', { channel: 'shipments' }), {
      format: 'json-schema',
      schema: SCHEMA,
      examples: [{ shipmentId: 's-1' }],
      label: '1.0.0',
    });
    expect(version).toMatchObject({ number: 1, label: '1.0.0', eventId: created.id, examples: [{ shipmentId: 's-1' }] });
    const detail = await getEventDetail(db, actor, 'ShipmentDispatched');
    expect(detail.channel?.name).toBe('shipments');
    expect(detail.versions.map((v) => v.label)).toEqual(['1.0.0']);
    expect(detail.versions[0]?.compatibilityReport).toMatchObject({ compatible: true });
    const after = await counts(actor.workspaceId);
    expect(after).toEqual({ events: before.events + 1, versions: before.versions + 1, changes: before.changes + 2 });
  });

  it('labels the first version "1" when no label is given', async () => {
    const actor = await freshWorkspace(db);
    const { version } = await createEventWithVersion(db, actor, event('ParcelWeighed'), { format: 'json-schema', schema: SCHEMA, examples: [] });
    expect(version.label).toBe('1');
  });

  it.each([
    ['a schema that does not compile', { schema: '{"type":"objectx"}', examples: [] }, 'schema'],
    ['an example the schema rejects', { schema: SCHEMA, examples: [{ shipmentId: 5 }] }, 'examples'],
  ])('writes nothing for %s (422)', async (_what, version, field) => {
    const actor = await freshWorkspace(db);
    const error = await rejection(createEventWithVersion(db, actor, event('Broken'), { format: 'json-schema', ...version }));
    expect(error.status).toBe(422);
    expect(JSON.stringify(error.details)).toContain(field);
    expect(await counts(actor.workspaceId)).toEqual({ events: 0, versions: 0, changes: 0 });
  });

  it('writes nothing when the channel does not exist (422 on channel)', async () => {
    const actor = await freshWorkspace(db);
    const error = await rejection(createEventWithVersion(db, actor, event('Lost', { channel: 'nowhere' }), { format: 'json-schema', schema: SCHEMA, examples: [] }));
    expect(error.status).toBe(422);
    expect(error.details).toEqual({ field: 'channel' });
    expect(await counts(actor.workspaceId)).toEqual({ events: 0, versions: 0, changes: 0 });
  });

  it('refuses a taken name with 409 on name and adds no version to the existing event', async () => {
    const actor = await freshWorkspace(db);
    await createEvent(db, actor, event('Taken'));
    const before = await counts(actor.workspaceId);
    const error = await rejection(createEventWithVersion(db, actor, event('Taken'), { format: 'json-schema', schema: SCHEMA, examples: [] }));
    expect(error.status).toBe(409);
    expect(error.details).toEqual({ field: 'name' });
    expect(await counts(actor.workspaceId)).toEqual(before);
  });

  it('refuses viewers (403) before touching the store', async () => {
    const actor = await freshWorkspace(db, 'viewer');
    const error = await rejection(createEventWithVersion(db, actor, event('Nope'), { format: 'json-schema', schema: SCHEMA, examples: [] }));
    expect(error.status).toBe(403);
    expect(await counts(actor.workspaceId)).toEqual({ events: 0, versions: 0, changes: 0 });
  });
});
