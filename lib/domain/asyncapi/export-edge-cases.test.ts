import { describe, expect, it } from 'vitest';
import type { CatalogDocument } from '../catalog-document';
import { planCatalogImport } from './diff-catalog-document';
import { exportAsyncApi, serializeAsyncApi } from './export-asyncapi';
import { catalogFromDocument } from './testing/catalog-from-document';
import { documentShape, importOk } from './testing/document-shape';

const awkward: CatalogDocument = {
  services: [
    { name: 'Order Service / EU' },
    { name: 'Zahlungs-Dienst (ß)' },
  ],
  channels: [
    { name: 'orders topic', address: 'orders/{tenant}/events', protocol: 'mqtt' },
    { name: 'orders_topic', address: 'orders-2', protocol: 'redis' },
    { name: 'inbox', address: '', protocol: 'ws' },
  ],
  events: [
    { name: 'order created', channel: 'orders topic', versions: [{ format: 'json-schema', schema: '{"type":"object"}' }] },
    { name: 'order_created', channel: 'orders_topic', versions: [{ format: 'json-schema', schema: 'not json at all' }] },
    { name: 'Ping', headersSchema: '{broken', versions: [] },
    { name: 'Über', channel: 'inbox', versions: [{ format: 'json-schema', schema: 'true' }] },
  ],
  producers: [
    { service: 'Order Service / EU', event: 'order created', operationId: 'emit' },
    { service: 'Zahlungs-Dienst (ß)', event: 'order_created', operationId: 'emit' },
    { service: 'Zahlungs-Dienst (ß)', event: 'Ping' },
  ],
  consumers: [{ service: 'Order Service / EU', event: 'Über' }],
};

describe('exportAsyncApi: awkward catalogs', () => {
  for (const version of ['3.0.0', '2.6.0'] as const) {
    it(`sanitises names, de-duplicates keys and skips unreadable schemas (${version})`, async () => {
      const doc = exportAsyncApi(catalogFromDocument(awkward, 'Ünicode Workspace'), { version, scope: { kind: 'workspace' } });
      const shape = await documentShape(serializeAsyncApi(doc, 'yaml'));
      expect(shape.errors).toEqual([]);
      expect(shape.messages).toEqual(['Ping', 'order created', 'order_created', 'Über']);
      expect(Object.keys(shape.operations).filter((id) => id.startsWith('emit')).sort()).toEqual(['emit', 'emit_2']);
    }, 30_000);
  }

  it('re-imports the awkward catalog by its original names', async () => {
    const text = serializeAsyncApi(exportAsyncApi(catalogFromDocument(awkward, 'W'), { version: '3.0.0', scope: { kind: 'workspace' } }), 'yaml');
    const { document } = await importOk([{ path: 'w.yaml', text }]);
    expect(document.channels.map((c) => [c.name, c.address, c.protocol]).sort()).toEqual([
      ['inbox', '', 'ws'],
      ['orders topic', 'orders/{tenant}/events', 'mqtt'],
      ['orders_topic', 'orders-2', 'redis'],
    ]);
    const plan = planCatalogImport(awkward, document);
    // The only difference: a relation id that had to be made unique. The unreadable schema is not
    // exported, so the re-import brings no version for it and leaves the stored one alone.
    expect(plan.items.filter((i) => i.action !== 'unchanged').map((i) => `${i.kind}:${i.name}:${i.changes.join(',')}`)).toEqual([
      'producer:Zahlungs-Dienst (ß) → order_created @ orders_topic:operationId',
    ]);
    expect(plan.versions.filter((v) => v.action !== 'unchanged')).toEqual([]);
    expect(document.events.find((e) => e.name === 'order_created')?.versions).toEqual([]);
  }, 30_000);

  it('exports an empty workspace as a valid document', async () => {
    const empty: CatalogDocument = { services: [], channels: [], events: [], producers: [], consumers: [] };
    for (const version of ['3.0.0', '2.6.0'] as const) {
      const shape = await documentShape(serializeAsyncApi(exportAsyncApi(catalogFromDocument(empty, 'Empty'), { version, scope: { kind: 'workspace' } }), 'json'));
      expect(shape.errors).toEqual([]);
    }
  }, 30_000);
});
