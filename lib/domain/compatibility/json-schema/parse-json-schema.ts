import { SchemaTooComplexError } from '../types';
import { checkSchemaStructure } from './check-schema-structure';
import { normalizeSchema } from './normalize-schema';
import type { JsonSchemaDocument, JsonSchemaDraft } from './schema-node';

export interface ParseOptions {
  /** Deepest JSON nesting accepted before refusing the schema as too complex. */
  maxDepth?: number;
  /** Most subschemas accepted in one document before refusing it as too complex. */
  maxNodes?: number;
}

export const DEFAULT_MAX_DEPTH = 1000;
/** A 1 MB body holds at most a few hundred thousand tiny subschemas; real schemas stay far below. */
export const DEFAULT_MAX_NODES = 100_000;

/**
 * Parses a JSON Schema text: JSON syntax, draft detection from `$schema` (default 2020-12),
 * the meta-schema's constraints on every interpreted keyword, local `$ref` resolution.
 * Throws an Error naming the problem, or SchemaTooComplexError for absurdly deep or large documents.
 *
 * @example parseJsonSchema('{"type":"string"}').root.kind // 'string'
 */
export function parseJsonSchema(text: string, options: ParseOptions = {}): JsonSchemaDocument {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxNodes = options.maxNodes ?? DEFAULT_MAX_NODES;
  const cacheable = maxDepth === DEFAULT_MAX_DEPTH && maxNodes === DEFAULT_MAX_NODES && text.length <= MAX_CACHED_TEXT;
  const known = cacheable ? recentlyParsed.get(text) : undefined;
  if (known) {
    // Refresh its place: the map's insertion order is the eviction order.
    recentlyParsed.delete(text);
    recentlyParsed.set(text, known);
    return known;
  }
  const parsed = parseUncached(text, { maxDepth, maxNodes });
  if (cacheable) {
    recentlyParsed.set(text, parsed);
    if (recentlyParsed.size > PARSE_CACHE_SIZE) recentlyParsed.delete(recentlyParsed.keys().next().value!);
  }
  return parsed;
}

/**
 * Parsing is pure and documents are never mutated, so identical texts share one document (and
 * with it the memoized pair analyses and compiled ajv validators): a registry re-checks the same
 * latest version against many candidates.
 */
const recentlyParsed = new Map<string, JsonSchemaDocument>();
const PARSE_CACHE_SIZE = 256;
/** Larger texts are not kept (256 of them could hold hundreds of megabytes). */
const MAX_CACHED_TEXT = 0;

function parseUncached(text: string, limits: { maxDepth: number; maxNodes: number }): JsonSchemaDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`Schema is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof raw !== 'boolean' && (raw === null || typeof raw !== 'object' || Array.isArray(raw))) {
    throw new Error('A JSON Schema must be an object or a boolean');
  }
  const draft = detectDraft(raw);
  let structure;
  try {
    structure = checkSchemaStructure(raw, draft, limits);
  } catch (error) {
    if (error instanceof SchemaTooComplexError) throw error;
    throw new Error(`Not a valid JSON Schema (${draft}): ${(error as Error).message}`);
  }
  try {
    return { draft, raw, ids: structure.ids, nodes: structure.nodes, root: normalizeSchema(raw, draft, structure.ids) };
  } catch (error) {
    if (error instanceof SchemaTooComplexError) throw error;
    throw new Error(`Not a usable JSON Schema: ${(error as Error).message}`);
  }
}

function detectDraft(raw: unknown): JsonSchemaDraft {
  const declared = typeof raw === 'object' && raw !== null ? (raw as { $schema?: unknown }).$schema : undefined;
  if (declared === undefined) return '2020-12';
  if (typeof declared !== 'string') throw new Error('$schema must be a string');
  if (declared.includes('draft-07')) return 'draft-07';
  if (declared.includes('2020-12')) return '2020-12';
  throw new Error(`Unsupported $schema "${declared}": use draft-07 or 2020-12`);
}
