import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCatalog } from '@/lib/domain/seed';
import { freshWorkspace, openTestDatabase } from '@/tests/databases';
import { applyCatalogDocument } from '../catalog/apply-catalog-document';
import type { Database } from '../db';
import { simulateFlow } from './run-simulation';

describe('simulating a stored flow', () => {
  let db: Database;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ db, cleanup } = await openTestDatabase('pglite')));
  afterAll(async () => cleanup?.());

  it('runs the e-commerce flow deterministically by seed, with no contract violations', async () => {
    const actor = await freshWorkspace(db);
    await applyCatalogDocument(db, actor, demoCatalog());
    const request = { flow: 'ecommerce-order-flow', events: 300, seed: 7, validate: true, scenario: 'ready' as const, faults: [] };
    const first = await simulateFlow(db, actor, request);
    const second = await simulateFlow(db, actor, request);
    expect(first.result).toEqual(second.result);
    expect(first.result.totals.processed).toBeGreaterThan(0);
    expect(first.result.totals.violations).toBe(0);
    const other = await simulateFlow(db, actor, { ...request, seed: 8 });
    expect(other.result).not.toEqual(first.result);
  });

  it('flags contract violations when payloads are malformed', async () => {
    const actor = await freshWorkspace(db);
    await applyCatalogDocument(db, actor, demoCatalog());
    const calm = await simulateFlow(db, actor, { flow: 'ecommerce-order-flow', events: 200, seed: 1, validate: true, scenario: 'ready', faults: [] });
    const malformed = await simulateFlow(db, actor, {
      flow: 'ecommerce-order-flow',
      events: 200,
      seed: 1,
      validate: true,
      scenario: 'ready',
      faults: [{ kind: 'malformed', event: 'OrderCreated', probability: 1 }],
    });
    expect(malformed.result.totals.violations).toBeGreaterThan(calm.result.totals.violations);
  });

  it('refuses faults that name nothing in the flow (422)', async () => {
    const actor = await freshWorkspace(db);
    await applyCatalogDocument(db, actor, demoCatalog());
    await expect(
      simulateFlow(db, actor, { flow: 'ecommerce-order-flow', validate: true, scenario: 'none', faults: [{ kind: 'outage', consumer: 'Nobody', fromMs: 0, toMs: 10 }] }),
    ).rejects.toMatchObject({ status: 422 });
  });
});
