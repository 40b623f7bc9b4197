import { describe, expect, it } from 'vitest';
import type { CatalogDocument } from '../catalog-document';
import { buildSimulationModel } from './build-simulation-model';
import { catalogFromDocument } from './catalog-from-document';
import { runSimulation } from './engine';
import type { ConsumeEdgeMetrics } from './metrics';

const schema = (required: string[]): string =>
  JSON.stringify({ type: 'object', properties: Object.fromEntries(required.map((r) => [r, { type: 'string' }])), required });

const doc: CatalogDocument = {
  services: [{ name: 'Accounts' }, { name: 'Mailer' }, { name: 'Analytics' }, { name: 'Billing' }],
  channels: [
    { name: 'users', protocol: 'kafka', partitions: 6 },
    { name: 'users.dlq', protocol: 'kafka', partitions: 1 },
    { name: 'invoices', protocol: 'kafka', partitions: 2 },
  ],
  events: [
    {
      name: 'user.registered',
      channel: 'users',
      partitionKey: 'userId',
      versions: [
        { format: 'json-schema', schema: schema(['userId', 'email']), examples: [{ userId: 'usr_000001', email: 'a@b.c' }] },
        { format: 'json-schema', schema: schema(['userId']), examples: [{ userId: 'usr_000001' }] },
      ],
    },
    { name: 'user.deleted', channel: 'users', partitionKey: 'userId', versions: [{ format: 'json-schema', schema: schema(['userId']), examples: [{ userId: 'usr_000002' }] }] },
    { name: 'InvoiceIssued', channel: 'invoices', versions: [{ format: 'json-schema', schema: schema(['invoiceId']), examples: [{ invoiceId: 'inv_1' }] }] },
  ],
  producers: [
    { service: 'Accounts', event: 'user.registered' },
    { service: 'Accounts', event: 'user.deleted' },
    { service: 'Billing', event: 'InvoiceIssued' },
  ],
  consumers: [
    {
      service: 'Mailer',
      event: 'user.registered',
      consumerGroup: 'mailer-v1',
      pinnedVersion: 1,
      retryPolicy: { maxAttempts: 4, backoffMs: 250, multiplier: 3 },
      deadLetterChannel: 'users.dlq',
      idempotencyKey: '/userId',
    },
    { service: 'Analytics', event: 'user.registered', extras: { subscription: 'user.*' } },
    { service: 'Analytics', event: 'user.deleted', extras: { subscription: 'user.*' } },
    { service: 'Analytics', event: 'InvoiceIssued' },
  ],
  flows: [
    {
      name: 'Users',
      slug: 'users',
      nodes: [
        { kind: 'service', name: 'Accounts', x: 0, y: 0 },
        { kind: 'event', name: 'user.registered', x: 1, y: 0 },
        { kind: 'event', name: 'user.deleted', x: 1, y: 1 },
        { kind: 'service', name: 'Mailer', x: 2, y: 0 },
        { kind: 'service', name: 'Analytics', x: 2, y: 1 },
      ],
    },
  ],
};

describe('buildSimulationModel', () => {
  const catalog = catalogFromDocument(doc);

  it('carries the catalog relations into the model', () => {
    const model = buildSimulationModel(catalog, null, { seed: 3 });
    expect(model.channels).toEqual(expect.arrayContaining([{ name: 'users', partitions: 6 }, { name: 'users.dlq', partitions: 1 }]));
    const registered = model.events.find((e) => e.name === 'user.registered');
    expect(registered).toMatchObject({ channel: 'users', partitionKey: 'userId' });
    expect(registered?.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(model.subscriptions.find((s) => s.consumer === 'Mailer')).toMatchObject({
      pattern: 'user.registered',
      consumerGroup: 'mailer-v1',
      pinnedVersion: 1,
      retry: { maxAttempts: 4, backoffMs: 250, multiplier: 3 },
      deadLetterChannel: 'users.dlq',
      idempotency: { enabled: true, key: '/userId' },
    });
    // the two edges recording the user.* subscription become one wildcard subscription
    expect(model.subscriptions.filter((s) => s.consumer === 'Analytics').map((s) => s.pattern).sort()).toEqual(['InvoiceIssued', 'user.*']);
    expect(model.producers.every((p) => p.schedule.kind === 'rate')).toBe(true);
  });

  it('limits the model to one flow', () => {
    const model = buildSimulationModel(catalog, 'flow:users', {});
    expect(model.events.map((e) => e.name)).toEqual(['user.registered', 'user.deleted']);
    expect(model.producers.map((p) => p.service)).not.toContain('Billing');
    expect(model.subscriptions.map((s) => s.pattern)).not.toContain('InvoiceIssued');
    expect(() => buildSimulationModel(catalog, 'nope', {})).toThrow(/Unknown flow/);
  });

  it('applies scenario overrides by name and rejects names that match nothing', () => {
    const model = buildSimulationModel(catalog, 'users', {
      producers: [{ service: 'Accounts', event: 'user.deleted', onDemand: true }],
      consumers: [{ service: 'Mailer', failureProbability: 0.5, latency: { kind: 'constant', ms: 9 } }],
      reactions: [{ on: 'user.registered', consumer: 'Mailer', emit: 'user.deleted', mapping: { userId: '/userId' } }],
    });
    expect(model.producers.find((p) => p.event === 'user.deleted')?.schedule).toEqual({ kind: 'on-demand' });
    expect(model.subscriptions.find((s) => s.consumer === 'Mailer')).toMatchObject({ failureProbability: 0.5, latency: { kind: 'constant', ms: 9 } });
    expect(() => buildSimulationModel(catalog, 'users', { consumers: [{ service: 'Mailr' }] })).toThrow(/Mailr/);
    expect(() => buildSimulationModel(catalog, 'users', { producers: [{ service: 'Billing', event: 'InvoiceIssued', count: 1 }] })).toThrow(/Billing/);
  });

  it('flags the breaking change on the pinned consumer edge when producers move to v2', () => {
    const result = runSimulation(
      buildSimulationModel(catalog, 'users', { producers: [{ service: 'Accounts', event: 'user.registered', version: 2, count: 15 }] }),
    );
    const edges = result.edges.filter((e): e is ConsumeEdgeMetrics => e.kind === 'consumes' && e.event === 'user.registered');
    expect(edges.find((e) => e.consumer === 'Mailer')).toMatchObject({ violations: 15, pinnedVersion: '1' });
    expect(edges.find((e) => e.consumer === 'Analytics')?.violations).toBe(0);
    // fresh ids: each registration is a new user, so the idempotent Mailer processes all of them
    expect(edges.find((e) => e.consumer === 'Mailer')).toMatchObject({ processed: 15, deduplicated: 0 });
  });
});
