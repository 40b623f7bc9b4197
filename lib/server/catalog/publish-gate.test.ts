import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshWorkspace, openTestDatabase, STORES } from '@/tests/databases';
import type { Database } from '../db';
import { AppError } from '../errors';
import { compareVersions } from './compare-versions';
import { createEvent } from './events';
import { addConsumer } from './relations';
import type { CandidateReview } from './review-candidate';
import { createService } from './services';
import { proposeVersion, publishVersion } from './versions';

const schema = (properties: Record<string, unknown>, required: string[] = [], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties, required, ...extra });
const V1 = schema({ orderId: { type: 'string' }, total: { type: 'number' } }, ['orderId']);
const BREAKING = schema({ orderId: { type: 'string' }, total: { type: 'integer' } }, ['orderId']);
const COMPATIBLE = schema({ orderId: { type: 'string' }, total: { type: 'number' } }, []);

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe.each(STORES)('publishing is gated by compatibility on %s', (store) => {
  let db: Database;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ db, cleanup } = await openTestDatabase(store)));
  afterAll(async () => cleanup?.());

  async function setup() {
    const owner = await freshWorkspace(db);
    const editor = { ...owner, role: 'editor' as const };
    await createEvent(db, owner, { name: 'OrderPlaced', kind: 'event', summary: '', description: '', owner: '', tags: [], status: 'active' });
    await createService(db, owner, { name: 'Billing', description: '', owner: '', tags: [] });
    await createService(db, owner, { name: 'Audit', description: '', owner: '', tags: [] });
    await addConsumer(db, owner, { service: 'Billing', event: 'OrderPlaced', fieldsRead: ['/total'] });
    await addConsumer(db, owner, { service: 'Audit', event: 'OrderPlaced', fieldsRead: ['/orderId'] });
    await publishVersion(db, owner, 'OrderPlaced', { format: 'json-schema', schema: V1, examples: [{ orderId: 'o-1', total: 9.5 }] });
    return { owner, editor };
  }

  it('refuses a breaking change with 409, the report, a counterexample and the hurt consumer; stores nothing', async () => {
    const { editor } = await setup();
    const error = await rejection(publishVersion(db, editor, 'OrderPlaced', { format: 'json-schema', schema: BREAKING, examples: [] }));
    expect(error.status).toBe(409);
    const review = error.details as CandidateReview;
    expect(review.mode).toBe('BACKWARD');
    expect(review.report.matrix.BACKWARD).toBe(false);
    const breaking = review.report.changes.find((c) => c.breakingUnder.includes('BACKWARD'))!;
    expect(breaking.path).toContain('total');
    expect(breaking.counterexample?.payload).toMatchObject({ total: expect.any(Number) });
    expect(review.impact.map((i) => i.serviceName)).toEqual(['Billing']);
    expect(await db.prisma.eventVersion.count({ where: { workspaceId: editor.workspaceId } })).toBe(1);
  });

  it('publishes a compatible change and keeps its report', async () => {
    const { editor } = await setup();
    const v2 = await publishVersion(db, editor, 'OrderPlaced', { format: 'json-schema', schema: COMPATIBLE, examples: [] });
    expect(v2.number).toBe(2);
    expect((v2.compatibilityReport as CandidateReview).compatible).toBe(true);
  });

  it('lets only an owner force a breaking change, with the reason in the change log', async () => {
    const { owner, editor } = await setup();
    const force = { reason: 'Billing migrated to integer cents in PR 42' };
    expect((await rejection(publishVersion(db, editor, 'OrderPlaced', { format: 'json-schema', schema: BREAKING, examples: [], force }))).status).toBe(403);
    const forced = await publishVersion(db, owner, 'OrderPlaced', { format: 'json-schema', schema: BREAKING, examples: [], force });
    expect(forced.number).toBe(2);
    const entry = await db.prisma.changeLog.findFirst({ where: { workspaceId: owner.workspaceId, action: 'force-publish' } });
    expect(entry?.reason).toBe(force.reason);
  });

  it.each([
    ['an invalid regular expression', schema({ orderId: { type: 'string', pattern: '((' } })],
    ['a $ref that resolves to nothing', schema({ orderId: { $ref: '#/$defs/missing' } })],
    ['an unknown type', schema({ orderId: { type: 'strin' } })],
  ])('refuses a schema with %s (no examples, so no validator is compiled) with 422; stores nothing', async (_name, bad) => {
    const { owner } = await setup();
    const before = await db.prisma.eventVersion.count({ where: { workspaceId: owner.workspaceId } });
    const error = await rejection(publishVersion(db, owner, 'OrderPlaced', { format: 'json-schema', schema: bad, examples: [], force: { reason: 'try anyway' } }));
    expect(error.status).toBe(422);
    expect(error.details).toMatchObject({ field: 'schema' });
    expect(await db.prisma.eventVersion.count({ where: { workspaceId: owner.workspaceId } })).toBe(before);
  });

  it('refuses a candidate that rejects the latest version’s stored examples', async () => {
    const { editor } = await setup();
    const narrowed = schema({ orderId: { type: 'string', pattern: '^ORD-' }, total: { type: 'number' } }, ['orderId']);
    const review = await proposeVersion(db, editor, 'OrderPlaced', { format: 'json-schema', schema: narrowed, examples: [] });
    expect(review.compatible).toBe(false);
    expect(review.staleExamples).toEqual([{ version: '1', index: 0, errors: [expect.stringContaining('/orderId')] }]);
  });

  it('compares two stored versions under every mode', async () => {
    const { owner } = await setup();
    await publishVersion(db, owner, 'OrderPlaced', { format: 'json-schema', schema: COMPATIBLE, examples: [] });
    const comparison = await compareVersions(db, owner, 'OrderPlaced', { from: '1', to: '2' });
    expect(comparison.report.matrix.BACKWARD).toBe(true);
    expect(comparison.report.matrix.FORWARD).toBe(false);
    expect(comparison.report.changes.length).toBeGreaterThan(0);
  });
});
