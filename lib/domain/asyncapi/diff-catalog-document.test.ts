import { describe, expect, it } from 'vitest';
import type { CatalogDocument } from '../catalog-document';
import { canonicalJson, canonicalJsonText } from './canonical-json';
import { planCatalogImport } from './diff-catalog-document';
import { shopDocument } from './testing/shop-catalog';

const clone = (doc: CatalogDocument): CatalogDocument => JSON.parse(JSON.stringify(doc));

describe('canonicalJson', () => {
  it('sorts object keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 1, c: 0 }] })).toBe('{"a":[2,{"c":0,"d":1}],"b":1}');
    expect(canonicalJsonText('{ "b": 1,\n "a": 2 }')).toBe(canonicalJsonText('{"a":2,"b":1}'));
    expect(canonicalJsonText('not json ')).toBe('not json');
  });
});

describe('planCatalogImport', () => {
  it('says nothing changes when the same document is applied again', () => {
    const plan = planCatalogImport(shopDocument(), shopDocument());
    expect(plan.unchanged).toBe(true);
    expect(plan.counts).toEqual({ create: 0, update: 0, unchanged: plan.items.length, newVersions: 0 });
  });

  it('lists creations and field-level updates by name', () => {
    const incoming = clone(shopDocument());
    incoming.services.push({ name: 'Shipping Service' });
    const orders = incoming.channels.find((c) => c.name === 'orders');
    if (orders) orders.partitions = 6;
    const plan = planCatalogImport(shopDocument(), incoming);
    expect(plan.items.filter((i) => i.action !== 'unchanged')).toEqual([
      { kind: 'service', name: 'Shipping Service', action: 'create', changes: [] },
      { kind: 'channel', name: 'orders', action: 'update', changes: ['partitions'] },
    ]);
    expect(plan.unchanged).toBe(false);
  });

  it('leaves fields the incoming document omits alone, and treats defaults as equal to absent', () => {
    const current = shopDocument();
    const incoming = clone(current);
    for (const event of incoming.events) {
      delete event.owner;
      delete event.summary;
    }
    const billing = incoming.services.find((s) => s.name === 'Billing Service');
    if (billing) billing.tags = [];
    expect(planCatalogImport(current, incoming).unchanged).toBe(true);
  });

  it('plans a new version only when the latest schema differs semantically', () => {
    const current = shopDocument();
    const reformatted = clone(current);
    const event = reformatted.events.find((e) => e.name === 'OrderCreated');
    const latest = event?.versions[event.versions.length - 1];
    if (!latest) throw new Error('fixture has versions');
    const parsed = JSON.parse(latest.schema);
    latest.schema = JSON.stringify(Object.fromEntries(Object.entries(parsed).reverse()));
    event.versions = [latest];
    expect(planCatalogImport(current, reformatted).versions.find((v) => v.event === 'OrderCreated')?.action).toBe('unchanged');

    const changed = clone(reformatted);
    const version = changed.events.find((e) => e.name === 'OrderCreated')?.versions[0];
    if (version) version.schema = JSON.stringify({ ...parsed, required: ['orderId'] });
    const plan = planCatalogImport(current, changed);
    expect(plan.versions.find((v) => v.event === 'OrderCreated')?.action).toBe('new-version');
    expect(plan.counts.newVersions).toBe(1);
    expect(plan.unchanged).toBe(false);
  });

  it('matches a relation without a channel to the same relation on its event channel', () => {
    const current = shopDocument();
    const incoming = clone(current);
    const producer = incoming.producers.find((p) => p.event === 'PaymentRequested');
    if (producer) producer.channel = 'billing commands';
    expect(planCatalogImport(current, incoming).items.find((i) => i.kind === 'producer' && i.name.includes('PaymentRequested'))).toEqual({
      kind: 'producer',
      name: 'Order Service → PaymentRequested @ billing commands',
      action: 'unchanged',
      changes: [],
    });
  });

  it('marks the events of a new event as created', () => {
    const incoming = clone(shopDocument());
    incoming.events.push({ name: 'OrderShipped', versions: [{ format: 'json-schema', schema: '{}' }] });
    expect(planCatalogImport(shopDocument(), incoming).versions.find((v) => v.event === 'OrderShipped')?.action).toBe('create');
  });
});
