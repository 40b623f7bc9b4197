import { describe, expect, it } from 'vitest';
import { exportAsyncApi, serializeAsyncApi } from './export-asyncapi';
import { parseDocuments } from './parse-documents';
import { shopCatalog } from './testing/shop-catalog';
import type { AsyncApiDocument, JsonObject } from './types';

async function parseErrors(text: string, path = 'export.yaml') {
  const parsed = await parseDocuments([{ path, text }]);
  return parsed.ok ? [] : parsed.diagnostics;
}

const obj = (value: unknown) => value as JsonObject;

describe('exportAsyncApi', () => {
  for (const version of ['3.0.0', '2.6.0'] as const) {
    for (const format of ['yaml', 'json'] as const) {
      it(`exports the workspace as AsyncAPI ${version} ${format} that parses with zero errors`, async () => {
        const doc = exportAsyncApi(shopCatalog(), { version, scope: { kind: 'workspace' } });
        const text = serializeAsyncApi(doc, format);
        expect(await parseErrors(text, `export.${format}`)).toEqual([]);
      });
    }
  }
});
