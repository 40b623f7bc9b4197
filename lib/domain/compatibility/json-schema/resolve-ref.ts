/** Where each `$id` and `$anchor` of a document points (collected by checkSchemaStructure). */
export interface SchemaIdIndex {
  ids: Map<string, unknown>;
  anchors: Map<string, unknown>;
  /** `$ref` texts already resolved in this document (a shared definition is referenced from many places). */
  resolved?: Map<string, unknown>;
}

/**
 * Finds the schema a `$ref` points to inside the same document: JSON pointers (`#/$defs/a`),
 * anchors (`#a`) and embedded `$id`s. Throws for anything else (remote references).
 *
 * @example resolveLocalRef({ $defs: { a: { type: 'string' } } }, index, '#/$defs/a') // { type: 'string' }
 */
export function resolveLocalRef(root: unknown, index: SchemaIdIndex, ref: string): unknown {
  const known = index.resolved?.get(ref);
  if (known !== undefined) return known;
  const target = resolveUncached(root, index, ref);
  (index.resolved ??= new Map()).set(ref, target);
  return target;
}

function resolveUncached(root: unknown, index: SchemaIdIndex, ref: string): unknown {
  const hash = ref.indexOf('#');
  const base = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? '' : ref.slice(hash + 1);
  let from: unknown = root;
  if (base !== '') {
    const match = [...index.ids.entries()].find(([id]) => stripHash(id) === base || stripHash(id).endsWith(`/${base}`));
    if (!match) throw new Error(`$ref "${ref}" points outside this schema; only references inside the document are supported`);
    from = match[1];
  }
  if (fragment === '') return from;
  if (!fragment.startsWith('/')) {
    const anchored = index.anchors.get(decodeURIComponent(fragment));
    if (anchored === undefined) throw new Error(`$ref "${ref}" names an anchor that does not exist`);
    return anchored;
  }
  let current: unknown = from;
  for (const rawSegment of fragment.slice(1).split('/')) {
    const segment = decodeURIComponent(rawSegment).replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object' || !(segment in current)) {
      throw new Error(`$ref "${ref}" does not resolve: nothing at "${segment}"`);
    }
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function stripHash(id: string): string {
  return id.endsWith('#') ? id.slice(0, -1) : id;
}
