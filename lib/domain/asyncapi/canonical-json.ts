/**
 * Canonical JSON: object keys sorted, no whitespace, so two schemas that differ
 * only in key order or formatting compare equal.
 */

/**
 * Serialises `value` with object keys sorted recursively (arrays keep their order).
 *
 * @example
 * canonicalJson({ b: 1, a: [2, { d: 1, c: 0 }] }) // '{"a":[2,{"c":0,"d":1}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeysDeep(value));
}

/**
 * Parses JSON text and returns its canonical form, or the trimmed text itself when
 * it is not JSON (so non-JSON schemas still compare by content).
 *
 * @example
 * canonicalJsonText('{ "b": 1, "a": 2 }') // '{"a":2,"b":1}'
 */
export function canonicalJsonText(text: string): string {
  try {
    return canonicalJson(JSON.parse(text));
  } catch {
    return text.trim();
  }
}

/**
 * A copy of `value` whose object keys are sorted at every level.
 *
 * @example
 * Object.keys(sortKeysDeep({ b: 1, a: 2 }) as object) // ['a', 'b']
 */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined) out[key] = sortKeysDeep(item);
    }
    return out;
  }
  return value;
}
