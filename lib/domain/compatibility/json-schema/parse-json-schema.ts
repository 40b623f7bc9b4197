import { SchemaTooComplexError } from '../types';
import { ajvFor } from './ajv-validators';
import { normalizeSchema } from './normalize-schema';
import type { JsonSchemaDocument, JsonSchemaDraft } from './schema-node';

export interface ParseOptions {
  /** Deepest JSON nesting accepted before refusing the schema as too complex. */
  maxDepth?: number;
}

export const DEFAULT_MAX_DEPTH = 1000;

/**
 * Parses a JSON Schema text: JSON syntax, draft detection from `$schema` (default 2020-12),
 * meta-schema validation with ajv, local `$ref` resolution.
 * Throws an Error naming the problem, or SchemaTooComplexError for absurdly deep documents.
 *
 * @example parseJsonSchema('{"type":"string"}').root.kind // 'string'
 */
export function parseJsonSchema(text: string, options: ParseOptions = {}): JsonSchemaDocument {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const key = `${maxDepth}\u0000${text}`;
  const known = recentlyParsed.get(key);
  if (known) {
    // Refresh its place: the map's insertion order is the eviction order.
    recentlyParsed.delete(key);
    recentlyParsed.set(key, known);
    return known;
  }
  const parsed = parseUncached(text, maxDepth);
  recentlyParsed.set(key, parsed);
  if (recentlyParsed.size > PARSE_CACHE_SIZE) recentlyParsed.delete(recentlyParsed.keys().next().value!);
  return parsed;
}

/**
 * Parsing is pure and documents are never mutated, so identical texts share one document (and
 * with it the memoized pair analyses and compiled ajv validators): a registry re-checks the same
 * latest version against many candidates.
 */
const recentlyParsed = new Map<string, JsonSchemaDocument>();
const PARSE_CACHE_SIZE = 256;

function parseUncached(text: string, maxDepth: number): JsonSchemaDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`Schema is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof raw !== 'boolean' && (raw === null || typeof raw !== 'object' || Array.isArray(raw))) {
    throw new Error('A JSON Schema must be an object or a boolean');
  }
  const depth = jsonDepth(raw, maxDepth);
  if (depth > maxDepth) {
    throw new SchemaTooComplexError(`Schema nests deeper than ${maxDepth} levels`, { kind: 'depth', max: maxDepth });
  }
  const draft = detectDraft(raw);
  const ajv = ajvFor(draft);
  if (!ajv.validateSchema(raw as object)) {
    throw new Error(`Not a valid JSON Schema (${draft}): ${ajv.errorsText(ajv.errors, { dataVar: 'schema' })}`);
  }
  try {
    return { draft, raw, root: normalizeSchema(raw, draft) };
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

/** Nesting depth, measured without recursion and stopping early once past `limit`. */
function jsonDepth(root: unknown, limit: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    if (value !== null && typeof value === 'object') {
      for (const child of Object.values(value)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return deepest;
}
