import { SchemaTooComplexError } from '../types';
import { checkSchemaStructure } from './check-schema-structure';
import { checkRefs } from './annotations';
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
  // No cache of parsed texts: parsing now costs little more than JSON.parse, and keeping
  // documents alive made every cold check pay for it in garbage collection.
  return parseText(text, { maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH, maxNodes: options.maxNodes ?? DEFAULT_MAX_NODES });
}

function parseText(text: string, limits: { maxDepth: number; maxNodes: number }): JsonSchemaDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`Schema is not valid JSON: ${(error as Error).message}`);
  }
  return readRaw(raw, limits);
}

/**
 * Reads an already-parsed JSON Schema (JSON data, as JSON.parse returns it; never mutated) with
 * the same checks as `parseJsonSchema`. Throws the same errors.
 *
 * @example readJsonSchema({ type: 'string' }).root.kind // 'string'
 */
export function readJsonSchema(raw: unknown, options: ParseOptions = {}): JsonSchemaDocument {
  return readRaw(raw, { maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH, maxNodes: options.maxNodes ?? DEFAULT_MAX_NODES });
}

function readRaw(raw: unknown, limits: { maxDepth: number; maxNodes: number }): JsonSchemaDocument {
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
    checkRefs(structure.refs, raw, draft, structure.ids);
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
