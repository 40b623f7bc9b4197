/**
 * AsyncAPI export: a workspace, one service or one flow of the catalog as an
 * AsyncAPI 3.0.0 (default) or 2.6.0 document, serialised as YAML or JSON.
 */
import { stringify } from 'yaml';
import type { Catalog } from '../model';
import { buildExportModel } from './export-model';
import { toAsyncApiV2 } from './export-v2';
import { toAsyncApiV3 } from './export-v3';
import { selectScope } from './select-scope';
import type { AsyncApiDocument, ExportOptions } from './types';

export type { AsyncApiDocument, ExportOptions, ExportScope, AsyncApiVersion } from './types';

/**
 * Exports part of a catalog as an AsyncAPI document (plain data, deterministic key order).
 * Throws when the scope names a service or flow the catalog does not have.
 *
 * @example
 * const doc = exportAsyncApi(catalog, { version: '3.0.0', scope: { kind: 'workspace' } });
 * serializeAsyncApi(doc, 'yaml'); // 'asyncapi: 3.0.0\ninfo:\n  title: ...'
 */
export function exportAsyncApi(catalog: Catalog, options: ExportOptions): AsyncApiDocument {
  const model = buildExportModel(selectScope(catalog, options.scope));
  const infoVersion = options.infoVersion ?? '1.0.0';
  return options.version === '2.6.0' ? toAsyncApiV2(model, infoVersion) : toAsyncApiV3(model, infoVersion);
}

/**
 * Serialises an exported document. YAML output never uses anchors/aliases, so
 * every tool can read it.
 *
 * @example
 * serializeAsyncApi({ asyncapi: '3.0.0' }, 'json') // '{\n  "asyncapi": "3.0.0"\n}\n'
 */
export function serializeAsyncApi(doc: AsyncApiDocument, format: 'yaml' | 'json'): string {
  if (format === 'json') return `${JSON.stringify(doc, null, 2)}\n`;
  return stringify(doc, { aliasDuplicateObjects: false, lineWidth: 0 });
}
