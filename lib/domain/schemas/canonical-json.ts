/**
 * JSON text with object keys sorted at every depth, so two schemas that differ
 * only in key order or whitespace compare equal.
 *
 * @example
 * canonicalJson('{"b":1, "a":[{"d":2,"c":3}]}'); // '{"a":[{"c":3,"d":2}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  const parsed = typeof value === 'string' ? safeParse(value) : value;
  return JSON.stringify(sortKeys(parsed));
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}
