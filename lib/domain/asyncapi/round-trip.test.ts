import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planCatalogImport } from './diff-catalog-document';
import { exportAsyncApi, serializeAsyncApi } from './export-asyncapi';
import { catalogFromDocument } from './testing/catalog-from-document';
import { documentShape, importOk } from './testing/document-shape';
import type { UploadedFile } from './parse-documents';

const fixture = (path: string): UploadedFile => ({
  path,
  text: readFileSync(fileURLToPath(new URL(`./fixtures/${path}`, import.meta.url)), 'utf8'),
});

const V3_FIXTURES: [string, UploadedFile[]][] = [
  ['Kafka with bindings, traits, oneOf/anyOf, recursion, Avro', [fixture('kafka-orders.yaml')]],
  ['MQTT', [fixture('mqtt-streetlights.yaml')]],
  ['WebSocket with headers and correlation ids', [fixture('websocket-chat.yaml')]],
  ['request/reply over NATS', [fixture('request-reply.yaml')]],
  [
    'two files referencing each other by relative path',
    [fixture('multi-file/asyncapi.yaml'), fixture('multi-file/common/messages.yaml'), fixture('multi-file/schemas.json')],
  ],
];

/** Keeps the parts of a plan that are not "unchanged", for readable failures. */
function changesOf(plan: ReturnType<typeof planCatalogImport>) {
  return {
    items: plan.items.filter((i) => i.action !== 'unchanged'),
    versions: plan.versions.filter((v) => v.action !== 'unchanged'),
  };
}

describe('AsyncAPI 3 round trip: import → catalog → export → import', () => {
  for (const [label, files] of V3_FIXTURES) {
    it(`keeps every channel, operation and message: ${label}`, async () => {
      const first = await importOk(files);
      const catalog = catalogFromDocument(first.document, first.info.title);
      const exported = serializeAsyncApi(exportAsyncApi(catalog, { version: '3.0.0', scope: { kind: 'workspace' } }), 'yaml');

      const after = await documentShape(exported);
      expect(after.errors).toEqual([]);
      if (files.length === 1) {
        const before = await documentShape((files[0] as UploadedFile).text);
        expect(before.errors).toEqual([]);
        expect(Object.keys(after.channels)).toEqual(expect.arrayContaining(Object.keys(before.channels)));
        for (const [id, channel] of Object.entries(before.channels)) {
          expect(after.channels[id]?.address ?? null).toEqual(channel.address ?? null);
          expect(after.channels[id]?.messages).toEqual(channel.messages);
        }
        expect(after.operations).toEqual(before.operations);
        expect(after.messages).toEqual(before.messages);
      }

      const second = await importOk([{ path: 'export.yaml', text: exported }]);
      const names = (doc: typeof first.document) => ({
        services: doc.services.map((s) => s.name).sort(),
        channels: doc.channels.map((c) => c.name).sort(),
        events: doc.events.map((e) => e.name).sort(),
        producers: doc.producers.length,
        consumers: doc.consumers.length,
      });
      expect(names(second.document)).toEqual(names(first.document));
      expect(changesOf(planCatalogImport(first.document, second.document))).toEqual({ items: [], versions: [] });
    }, 60_000);
  }

  it('keeps the multi-file spec complete after export (one self-contained file)', async () => {
    const files = V3_FIXTURES[4]?.[1] as UploadedFile[];
    const first = await importOk(files);
    const exported = serializeAsyncApi(
      exportAsyncApi(catalogFromDocument(first.document, 'Inventory'), { version: '3.0.0', scope: { kind: 'workspace' } }),
      'yaml',
    );
    const shape = await documentShape(exported);
    expect(shape.errors).toEqual([]);
    expect(shape.operations.publishStock).toEqual({ action: 'send', channel: 'stock', messages: ['StockChanged', 'StockDepleted'], reply: [] });
  }, 60_000);
});

describe('AsyncAPI 2.6 round trip', () => {
  it('imports 2.6 and exports 2.6 again with the same channels, operations and messages', async () => {
    const file = fixture('streetlights-2.6.yaml');
    const first = await importOk([file]);
    const catalog = catalogFromDocument(first.document, first.info.title);
    const exported = serializeAsyncApi(exportAsyncApi(catalog, { version: '2.6.0', scope: { kind: 'workspace' } }), 'yaml');
    const before = await documentShape(file.text);
    const after = await documentShape(exported);
    expect(after.errors).toEqual([]);
    expect(after.operations).toEqual(before.operations);
    expect(after.messages).toEqual(before.messages);
    const second = await importOk([{ path: 'export.yaml', text: exported }]);
    expect(changesOf(planCatalogImport(first.document, second.document))).toEqual({ items: [], versions: [] });
  }, 60_000);

  it('exports a 2.6 import as 3.0 that parses clean', async () => {
    const first = await importOk([fixture('streetlights-2.6.yaml')]);
    const exported = serializeAsyncApi(
      exportAsyncApi(catalogFromDocument(first.document, first.info.title), { version: '3.0.0', scope: { kind: 'workspace' } }),
      'json',
    );
    expect((await documentShape(exported)).errors).toEqual([]);
  }, 60_000);
});
