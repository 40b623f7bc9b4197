import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SchemaFormat } from '@/lib/domain/model';
import { InputError } from '../exit-codes';
import { describeFsError, readInputFile } from '../input-files';

/** A schema on disk that `eventflow check` compares with the registry. */
export interface LocalSchema {
  event: string;
  format: SchemaFormat;
  schema: string;
  /** The file it came from (with `#event` for an AsyncAPI document). */
  source: string;
}

const SUFFIXES: ReadonlyArray<[string, SchemaFormat]> = [
  ['.schema.json', 'json-schema'],
  ['.avsc', 'avro'],
];

/**
 * The schemas under PATH: a directory of `<event>.schema.json` / `<event>.avsc` files, one
 * such file, or an AsyncAPI document (each event's last version). Bad input throws InputError.
 * @example await readLocalSchemas('schemas') // [{ event: 'OrderPlaced', format: 'json-schema', … }]
 */
export async function readLocalSchemas(target: string): Promise<LocalSchema[]> {
  let info;
  try {
    info = await stat(target);
  } catch (error) {
    throw new InputError(`cannot read PATH ${target}: ${describeFsError(error)}`);
  }
  if (info.isDirectory()) return readSchemaDirectory(target);
  const schemaFile = schemaFileOf(path.basename(target));
  const text = await readInputFile(target, 'PATH');
  if (schemaFile) return [{ ...schemaFile, schema: text, source: target }];
  if (/\.(ya?ml|json)$/i.test(target) && /^\s*["']?asyncapi["']?\s*:/m.test(text)) return readAsyncApi(target, text);
  throw new InputError(
    `PATH ${target} is neither a directory, a <event>.schema.json or <event>.avsc file, nor an AsyncAPI document (.yaml, .yml or .json with "asyncapi:")`,
  );
}

function schemaFileOf(name: string): { event: string; format: SchemaFormat } | undefined {
  for (const [suffix, format] of SUFFIXES) {
    if (name.endsWith(suffix) && name.length > suffix.length) return { event: name.slice(0, -suffix.length), format };
  }
  return undefined;
}

async function readSchemaDirectory(dir: string): Promise<LocalSchema[]> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
  } catch (error) {
    throw new InputError(`cannot read PATH ${dir}: ${describeFsError(error)}`);
  }
  const found = names.sort().flatMap((name) => {
    const file = schemaFileOf(name);
    return file ? [{ ...file, file: path.join(dir, name) }] : [];
  });
  if (found.length === 0) throw new InputError(`no schema files in ${dir}: expected <event>.schema.json (JSON Schema) or <event>.avsc (Avro) files`);
  const seen = new Map<string, string>();
  for (const f of found) {
    const earlier = seen.get(f.event);
    if (earlier) throw new InputError(`event "${f.event}" has two schema files in ${dir}: ${path.basename(earlier)} and ${path.basename(f.file)}`);
    seen.set(f.event, f.file);
  }
  return Promise.all(found.map(async (f) => ({ event: f.event, format: f.format, schema: await readInputFile(f.file, 'PATH'), source: f.file })));
}

async function readAsyncApi(file: string, text: string): Promise<LocalSchema[]> {
  const { importAsyncApi } = await import('@/lib/domain/asyncapi/import-asyncapi');
  const result = await importAsyncApi([{ path: path.basename(file), text }]);
  if (!result.ok) {
    const lines = result.diagnostics.map((d) => `${d.path === '' ? '(root)' : d.path}: ${d.message}`);
    throw new InputError(`PATH ${file} is not a valid AsyncAPI document`, lines);
  }
  return result.document.events.flatMap((event) => {
    const latest = event.versions.at(-1);
    return latest ? [{ event: event.name, format: latest.format, schema: latest.schema, source: `${file}#${event.name}` }] : [];
  });
}
