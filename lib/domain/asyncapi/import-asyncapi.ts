/**
 * AsyncAPI import: uploaded 2.x or 3.x files (YAML or JSON, possibly several
 * files referencing each other) → a catalog document the server applies by name.
 */
import type { CatalogDocument } from '../catalog-document';
import { fromV2 } from './from-v2';
import { fromV3 } from './from-v3';
import { parseDocuments, type UploadedFile } from './parse-documents';
import { RefResolver } from './ref-resolver';
import { isObject, type Diagnostic, type JsonObject } from './types';

export type { Diagnostic } from './types';
export type { UploadedFile } from './parse-documents';

export interface ImportedInfo {
  title: string;
  version: string;
  description: string;
}

export type AsyncApiImportResult =
  | { ok: true; document: CatalogDocument; info: ImportedInfo; warnings: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * Validates the uploaded files with @asyncapi/parser and converts the document.
 * An invalid document is refused with the parser's diagnostics (message and JSON pointer path).
 *
 * @example
 * const result = await importAsyncApi([{ path: 'asyncapi.yaml', text }]);
 * if (result.ok) console.log(result.document.events.map((e) => e.name));
 * else console.log(result.diagnostics);
 */
export async function importAsyncApi(files: UploadedFile[]): Promise<AsyncApiImportResult> {
  const parsed = await parseDocuments(files);
  if (!parsed.ok) return parsed;
  const doc = parsed.root.json as JsonObject;
  const warnings = [...parsed.warnings];
  const resolver = new RefResolver(parsed.files, warnings);
  const major = String(doc.asyncapi).startsWith('2.') ? 2 : 3;
  const document = major === 2 ? fromV2(doc, parsed.root.path, resolver) : fromV3(doc, parsed.root.path, resolver);
  const info = isObject(doc.info) ? doc.info : {};
  return {
    ok: true,
    document,
    info: {
      title: typeof info.title === 'string' ? info.title : '',
      version: typeof info.version === 'string' ? info.version : String(info.version ?? ''),
      description: typeof info.description === 'string' ? info.description : '',
    },
    warnings,
  };
}
