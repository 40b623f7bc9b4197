/**
 * Reads uploaded AsyncAPI files: YAML/JSON parsing, validation with
 * @asyncapi/parser, and `$ref` resolution between the uploaded files in memory
 * (the file system and the network are never touched).
 */
import { Parser, type Diagnostic as ParserDiagnostic } from '@asyncapi/parser';
import { parse as parseYaml } from 'yaml';
import type { Diagnostic, JsonObject } from './types';
import { isObject } from './types';
import { toPointer } from './schema-refs';

export interface UploadedFile {
  path: string;
  text: string;
}

/** A parsed file, by its normalised absolute path (`/specs/common.yaml`). */
export interface SourceFile {
  path: string;
  json: unknown;
}

export type ParsedDocuments =
  | { ok: true; root: SourceFile; files: Map<string, SourceFile>; warnings: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/** Uploads being parsed, by their virtual root folder; the shared parser's resolver reads from here. */
const uploads = new Map<string, Map<string, string>>();
let uploadCounter = 0;
let sharedParser: Parser | undefined;

/**
 * Normalises an uploaded path to an absolute POSIX path (`a\\b/../c.yaml` → `/a/c.yaml`).
 *
 * @example
 * normalizePath('specs/./main.yaml') // '/specs/main.yaml'
 */
export function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/**
 * Parses and validates uploaded files; exactly one must be an AsyncAPI document
 * (have a top-level `asyncapi` field), the others are files it references.
 *
 * @example
 * const parsed = await parseDocuments([{ path: 'asyncapi.yaml', text }]);
 * if (!parsed.ok) console.log(parsed.diagnostics[0]?.message);
 */
export async function parseDocuments(uploaded: UploadedFile[]): Promise<ParsedDocuments> {
  const diagnostics: Diagnostic[] = [];
  const files = new Map<string, SourceFile>();
  const texts = new Map<string, string>();
  for (const file of uploaded) {
    const path = normalizePath(file.path);
    try {
      const json = parseText(file.text);
      files.set(path, { path, json });
      // The parser gets compact JSON: same paths in its diagnostics, several times faster to validate than YAML.
      texts.set(path, JSON.stringify(json));
    } catch (error) {
      diagnostics.push({ message: `Not valid YAML or JSON: ${(error as Error).message}`, path: '', severity: 'error', file: file.path });
    }
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const roots = [...files.values()].filter((f) => isObject(f.json) && 'asyncapi' in f.json);
  if (roots.length !== 1) {
    const message =
      roots.length === 0
        ? 'None of the uploaded files is an AsyncAPI document (no top-level `asyncapi` field).'
        : `Upload one AsyncAPI document at a time; found ${roots.length}: ${roots.map((r) => r.path).join(', ')}.`;
    return { ok: false, diagnostics: [{ message, path: '/asyncapi', severity: 'error' }] };
  }
  const root = roots[0] as SourceFile;
  const version = String((root.json as JsonObject).asyncapi);
  if (!/^[23]\.\d+\.\d+$/.test(version)) {
    return { ok: false, diagnostics: [{ message: `Unsupported AsyncAPI version "${version}"; 2.x and 3.x are supported.`, path: '/asyncapi', severity: 'error', file: root.path }] };
  }

  const refProblems = [...files.values()].flatMap((file) => checkFileRefs(file, files));
  if (refProblems.length > 0) return { ok: false, diagnostics: refProblems };

  const folder = `/upload-${++uploadCounter}`;
  uploads.set(folder, texts);
  try {
    // Validation is all the importer needs from the parser: the conversion reads the raw files itself.
    const output = await getParser().validate(texts.get(root.path) as string, { source: `${folder}${root.path}` });
    const all = output.map((d) => fromParserDiagnostic(d, folder));
    const errors = all.filter((d) => d.severity === 'error');
    if (errors.length > 0) return { ok: false, diagnostics: dedupe(errors) };
    return { ok: true, root, files, warnings: dedupe(all.filter((d) => d.severity === 'warning')) };
  } finally {
    uploads.delete(folder);
  }
}

/** JSON is YAML, but JSON.parse reads large JSON uploads many times faster. */
function parseText(text: string): unknown {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    try {
      return JSON.parse(text);
    } catch {
      // Not strict JSON (comments, trailing commas...): let the YAML parser try.
    }
  }
  return parseYaml(text, { maxAliasCount: 1000 });
}

/**
 * Refs to other files must name an uploaded file; remote refs are refused up front,
 * so a parse never waits on the network.
 */
function checkFileRefs(file: SourceFile, files: Map<string, SourceFile>): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const visit = (node: unknown, path: (string | number)[]) => {
    if (Array.isArray(node)) return node.forEach((item, i) => visit(item, [...path, i]));
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        const target = value.split('#')[0] ?? '';
        const pointer = toPointer([...path, '$ref']);
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
          problems.push({ message: `Remote reference "${value}" is not fetched; upload the file it points to and reference it by relative path.`, path: pointer, severity: 'error', file: file.path });
        } else if (target !== '' && !files.has(resolveRelative(file.path, target))) {
          problems.push({ message: `Referenced file "${target}" was not uploaded; upload every file the document references.`, path: pointer, severity: 'error', file: file.path });
        }
      } else {
        visit(value, [...path, key]);
      }
    }
  };
  visit(file.json, []);
  return problems;
}

/**
 * Resolves a relative file reference against the referencing file's path.
 *
 * @example
 * resolveRelative('/specs/main.yaml', '../common/schemas.yaml') // '/common/schemas.yaml'
 */
export function resolveRelative(fromFile: string, target: string): string {
  if (target.startsWith('/')) return normalizePath(target);
  const folder = fromFile.slice(0, fromFile.lastIndexOf('/') + 1);
  return normalizePath(`${folder}${decodeURI(target)}`);
}

function getParser(): Parser {
  sharedParser ??= new Parser({
    // The recommended rules only produce style warnings and cost half of the validation time.
    ruleset: { recommended: false },
    __unstable: {
      resolver: {
        cache: false,
        resolvers: [
          { schema: 'file', order: 1, read: (uri) => readUploaded(uri.path()) },
          { schema: 'http', order: 1, read: () => '{}' },
          { schema: 'https', order: 1, read: () => '{}' },
        ],
      },
    },
  });
  return sharedParser;
}

/** Always answers with text, so the parser's own file and HTTP readers never run (refs were checked before). */
function readUploaded(absolute: string): string {
  const match = /^(\/upload-\d+)(\/.*)$/.exec(decodeURI(absolute));
  const texts = match ? uploads.get(match[1] as string) : undefined;
  return (match && texts?.get(normalizePath(match[2] as string))) ?? '{}';
}

function fromParserDiagnostic(d: ParserDiagnostic, folder: string): Diagnostic {
  const file = typeof d.source === 'string' && d.source.startsWith(folder) ? d.source.slice(folder.length) : undefined;
  return {
    message: d.message,
    path: toPointer(d.path.map(String)),
    severity: d.severity === 0 ? 'error' : 'warning',
    ...(file ? { file } : {}),
  };
}

function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.severity}|${d.file ?? ''}|${d.path}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
