/**
 * A schema stored in the catalog is self-contained: its internal `$ref`s
 * (`#/$defs/Address`) point into the schema itself. Inside an AsyncAPI
 * document they must point into the document, so the exporter prefixes them
 * with the schema's location and the importer strips that prefix again.
 */

/**
 * Rewrites every internal `$ref` (`#/...`) of `schema` to start at `basePointer`.
 *
 * @example
 * prefixInternalRefs({ $ref: '#/$defs/A' }, '/components/messages/M/payload')
 * // { $ref: '#/components/messages/M/payload/$defs/A' }
 */
export function prefixInternalRefs(schema: unknown, basePointer: string): unknown {
  if (Array.isArray(schema)) return schema.map((item) => prefixInternalRefs(item, basePointer));
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#')) {
      const rest = value.slice(1);
      out[key] = `#${basePointer}${rest === '/' ? '' : rest}`;
    } else {
      out[key] = prefixInternalRefs(value, basePointer);
    }
  }
  return out;
}

/**
 * Escapes one JSON pointer segment (`~` → `~0`, `/` → `~1`).
 *
 * @example
 * pointerSegment('a/b') // 'a~1b'
 */
export function pointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Joins segments into a JSON pointer.
 *
 * @example
 * toPointer(['channels', 'a/b']) // '/channels/a~1b'
 */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${pointerSegment(String(s))}`).join('');
}
