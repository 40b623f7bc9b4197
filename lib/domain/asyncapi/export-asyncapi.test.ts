import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planCatalogImport } from './diff-catalog-document';
import { exportAsyncApi, serializeAsyncApi } from './export-asyncapi';
import { catalogFromDocument } from './testing/catalog-from-document';
import { documentShape, importOk } from './testing/document-shape';
import { shopCatalog, shopDocument } from './testing/shop-catalog';
import type { Catalog } from '../model';
import type { JsonObject } from './types';

const obj = (value: unknown) => value as JsonObject;
const workspace = { kind: 'workspace' } as const;

/** Compares with a committed golden file; `UPDATE_GOLDEN=1` rewrites it. */
function expectGolden(name: string, text: string) {
  const path = fileURLToPath(new URL(`./fixtures/golden/${name}`, import.meta.url));
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, text);
  expect(text).toBe(readFileSync(path, 'utf8'));
}

describe('exportAsyncApi: validity', () => {
  for (const version of ['3.0.0', '2.6.0'] as const) {
    for (const format of ['yaml', 'json'] as const) {
      it(`exports the workspace as AsyncAPI ${version} ${format} that parses with zero errors`, async () => {
        const text = serializeAsyncApi(exportAsyncApi(shopCatalog(), { version, scope: workspace }), format);
        const shape = await documentShape(text);
        expect(shape.errors).toEqual([]);
        expect(shape.messages).toEqual(['InvoiceIssued', 'OrderCreated', 'PaymentRequested']);
      }, 30_000);
    }
  }
});

describe('exportAsyncApi: golden output', () => {
  it('matches the committed AsyncAPI 3.0 YAML for the shop fixture', () => {
    expectGolden('shop.asyncapi-3.0.yaml', serializeAsyncApi(exportAsyncApi(shopCatalog(), { version: '3.0.0', scope: workspace }), 'yaml'));
  });

  it('matches the committed AsyncAPI 2.6 YAML for the shop fixture', () => {
    expectGolden('shop.asyncapi-2.6.yaml', serializeAsyncApi(exportAsyncApi(shopCatalog(), { version: '2.6.0', scope: workspace }), 'yaml'));
  });

  it('does not depend on the order of the catalog arrays', () => {
    const catalog = shopCatalog();
    const reversed: Catalog = {
      ...catalog,
      services: [...catalog.services].reverse(),
      events: [...catalog.events].reverse(),
      versions: [...catalog.versions].reverse(),
      channels: [...catalog.channels].reverse(),
      producers: [...catalog.producers].reverse(),
      consumers: [...catalog.consumers].reverse(),
    };
    for (const version of ['3.0.0', '2.6.0'] as const) {
      expect(serializeAsyncApi(exportAsyncApi(reversed, { version, scope: workspace }), 'yaml')).toBe(
        serializeAsyncApi(exportAsyncApi(catalog, { version, scope: workspace }), 'yaml'),
      );
    }
  });
});

describe('exportAsyncApi: content', () => {
  const doc = exportAsyncApi(shopCatalog(), { version: '3.0.0', scope: workspace });
  const messages = obj(obj(doc.components).messages);

  it('uses the latest version as payload and rewrites its internal refs to document pointers', () => {
    const payload = obj(obj(messages.OrderCreated).payload);
    expect(obj(obj(payload.properties).total).$ref).toBe('#/components/messages/OrderCreated/payload/$defs/Money');
    expect(obj(obj(messages.OrderCreated)['x-eventflow-event']).versionLabel).toBe('2.0.0');
  });

  it('writes Avro as a multi-format schema in 3.0 and as message schemaFormat in 2.6', () => {
    expect(obj(obj(messages.PaymentRequested).payload).schemaFormat).toBe('application/vnd.apache.avro+json;version=1.9.0');
    const v2 = exportAsyncApi(shopCatalog(), { version: '2.6.0', scope: workspace });
    const v2Message = obj(obj(obj(v2.components).messages).PaymentRequested);
    expect(v2Message.schemaFormat).toBe('application/vnd.apache.avro+json;version=1.9.0');
    expect(obj(v2Message.payload).type).toBe('record');
  });

  it('keeps explicit operation ids and generates stable, safe ones otherwise', () => {
    expect(Object.keys(obj(doc.operations)).sort()).toEqual([
      'Billing_Service_receive_OrderCreated',
      'Billing_Service_receive_PaymentRequested',
      'Billing_Service_send_InvoiceIssued',
      'Order_Service_send_PaymentRequested',
      'publishOrderCreated',
    ]);
  });

  it('writes partitions and retention into the Kafka binding', () => {
    expect(obj(obj(doc.channels).orders).bindings).toEqual({ kafka: { partitions: 3, topicConfiguration: { 'retention.ms': 168 * 3_600_000 } } });
  });

  it('throws for an unknown service or flow', () => {
    expect(() => exportAsyncApi(shopCatalog(), { version: '3.0.0', scope: { kind: 'service', serviceId: 'nope' } })).toThrow(/Unknown service/);
    expect(() => exportAsyncApi(shopCatalog(), { version: '3.0.0', scope: { kind: 'flow', flowId: 'nope' } })).toThrow(/Unknown flow/);
  });
});

describe('exportAsyncApi: scopes', () => {
  it('exports one service with only its operations, from its own point of view', async () => {
    const catalog = shopCatalog();
    const billing = catalog.services.find((s) => s.name === 'Billing Service')?.id as string;
    for (const version of ['3.0.0', '2.6.0'] as const) {
      const doc = exportAsyncApi(catalog, { version, scope: { kind: 'service', serviceId: billing } });
      expect(obj(doc.info).title).toBe('Billing Service');
      expect(obj(doc.info).contact).toEqual({ name: 'team-billing' });
      const shape = await documentShape(serializeAsyncApi(doc, 'yaml'));
      expect(shape.errors).toEqual([]);
      const actions = Object.values(shape.operations).map((o) => `${o.action} ${o.messages.join(',')}`).sort();
      expect(actions).toEqual(['receive OrderCreated', 'receive PaymentRequested', 'send InvoiceIssued']);
    }
    const imported = await importOk([{ path: 'billing.yaml', text: serializeAsyncApi(exportAsyncApi(catalog, { version: '3.0.0', scope: { kind: 'service', serviceId: billing } }), 'yaml') }]);
    expect(imported.document.services.map((s) => s.name)).toEqual(['Billing Service']);
    expect(imported.document.consumers.find((c) => c.event === 'OrderCreated')?.deadLetterChannel).toBe('orders.dlq');
  }, 30_000);

  it('exports one flow with only the items on its canvas', async () => {
    const catalog = shopCatalog();
    const flow = catalog.flows[0]?.id as string;
    const doc = exportAsyncApi(catalog, { version: '3.0.0', scope: { kind: 'flow', flowId: flow } });
    expect(obj(doc.info).title).toBe('Checkout');
    const shape = await documentShape(serializeAsyncApi(doc, 'json'));
    expect(shape.errors).toEqual([]);
    expect(shape.messages).toEqual(['OrderCreated']);
    expect(Object.keys(shape.channels)).toEqual(['orders']);
    expect(shape.operations).toEqual({
      publishOrderCreated: { action: 'send', channel: 'orders', messages: ['OrderCreated'], reply: [] },
      Billing_Service_receive_OrderCreated: { action: 'receive', channel: 'orders', messages: ['OrderCreated'], reply: [] },
    });
  }, 30_000);
});

describe('exportAsyncApi: lossless re-import of our own exports', () => {
  for (const version of ['3.0.0', '2.6.0'] as const) {
    it(`restores the multi-service catalog from a ${version} export`, async () => {
      const first = exportAsyncApi(shopCatalog(), { version, scope: workspace });
      const imported = await importOk([{ path: 'shop.yaml', text: serializeAsyncApi(first, 'yaml') }]);
      const plan = planCatalogImport(shopDocument(), imported.document);
      expect(plan.items.filter((i) => i.action !== 'unchanged')).toEqual([]);
      expect(plan.versions.filter((v) => v.action !== 'unchanged')).toEqual([]);
      const again = exportAsyncApi(catalogFromDocument(imported.document, 'Shop'), { version, scope: workspace });
      expect(again).toEqual(first);
    }, 30_000);
  }
});
