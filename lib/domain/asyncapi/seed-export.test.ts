import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { demoCatalog, seedCatalogs } from '../seed';
import { planCatalogImport } from './diff-catalog-document';
import { exportAsyncApi, serializeAsyncApi } from './export-asyncapi';
import { catalogFromDocument } from './testing/catalog-from-document';
import { documentShape, importOk } from './testing/document-shape';

const demo = () => catalogFromDocument(demoCatalog(), seedCatalogs[0]?.name ?? 'Demo');

describe('AsyncAPI export of the demo workspace', () => {
  it('matches the committed golden YAML (3.0)', () => {
    const text = serializeAsyncApi(exportAsyncApi(demo(), { version: '3.0.0', scope: { kind: 'workspace' } }), 'yaml');
    const path = fileURLToPath(new URL('./fixtures/golden/demo.asyncapi-3.0.yaml', import.meta.url));
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, text);
    expect(text).toBe(readFileSync(path, 'utf8'));
  });

  for (const version of ['3.0.0', '2.6.0'] as const) {
    it(`parses with zero errors and re-imports without changes (${version})`, async () => {
      const text = serializeAsyncApi(exportAsyncApi(demo(), { version, scope: { kind: 'workspace' } }), 'yaml');
      expect((await documentShape(text)).errors).toEqual([]);
      const imported = await importOk([{ path: 'demo.yaml', text }]);
      const plan = planCatalogImport(demoCatalog(), imported.document);
      expect(plan.items.filter((i) => i.action !== 'unchanged')).toEqual([]);
      expect(plan.versions.filter((v) => v.action !== 'unchanged')).toEqual([]);
    }, 60_000);
  }

  it('exports every seed flow and every seed service so that each parses with zero errors', async () => {
    const catalog = demo();
    expect(catalog.flows.length).toBeGreaterThan(0);
    for (const flow of catalog.flows) {
      const shape = await documentShape(serializeAsyncApi(exportAsyncApi(catalog, { version: '3.0.0', scope: { kind: 'flow', flowId: flow.id } }), 'yaml'));
      expect({ flow: flow.slug, errors: shape.errors }).toEqual({ flow: flow.slug, errors: [] });
      expect(Object.keys(shape.operations).length).toBeGreaterThan(0);
    }
    for (const service of catalog.services) {
      const shape = await documentShape(serializeAsyncApi(exportAsyncApi(catalog, { version: '3.0.0', scope: { kind: 'service', serviceId: service.id } }), 'json'));
      expect({ service: service.name, errors: shape.errors }).toEqual({ service: service.name, errors: [] });
    }
  }, 120_000);
});
