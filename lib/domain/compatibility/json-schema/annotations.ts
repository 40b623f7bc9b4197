import { resolveLocalRef, type SchemaIdIndex } from './resolve-ref';
import type { JsonSchemaDraft } from './schema-node';

type Raw = Record<string, unknown>;

/** Keywords that never constrain a value. */
const ANNOTATIONS = new Set(['$schema', '$id', 'id', '$anchor', '$comment', '$defs', 'definitions', 'title', 'description', 'default', 'examples', 'deprecated', 'readOnly', 'writeOnly', '$vocabulary', '$dynamicAnchor']);

/** True for `true`, `{}` and schemas holding only annotations: they accept any value. */
export function isEmptySchemaRaw(raw: unknown): boolean {
  if (raw === true) return true;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return false;
  return Object.keys(raw).every((key) => ANNOTATIONS.has(key));
}

/**
 * Whether a `$ref` object stands for its target alone: draft-07 ignores keywords beside `$ref`,
 * 2020-12 applies them unless they are annotations only.
 */
export function isPlainRef(obj: Raw, draft: JsonSchemaDraft): boolean {
  if (draft === 'draft-07') return true;
  for (const key in obj) if (key !== '$ref' && !ANNOTATIONS.has(key)) return false;
  return true;
}

/**
 * Resolves every `$ref` of a document up front, so a broken one is reported when parsing even if
 * the diff never builds its node; a chain of plain `$ref`s leading back to itself is refused.
 *
 * @example checkRefs([{ $ref: '#' }], { $ref: '#' }, '2020-12', ids) // throws: refers to itself
 */
export function checkRefs(holders: Raw[], rootRaw: unknown, draft: JsonSchemaDraft, ids: SchemaIdIndex): void {
  for (const holder of holders) {
    const chain = new Set<unknown>([holder]);
    let current: unknown = holder;
    while (current !== null && typeof current === 'object' && typeof (current as Raw).$ref === 'string' && isPlainRef(current as Raw, draft)) {
      const target = resolveLocalRef(rootRaw, ids, (current as Raw).$ref as string);
      if (chain.has(target)) throw new Error(`$ref "${String(holder.$ref)}" refers to itself without any schema in between`);
      chain.add(target);
      current = target;
    }
  }
}

