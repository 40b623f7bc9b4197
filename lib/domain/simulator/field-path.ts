/**
 * Payload field addressing for partition keys, idempotency keys and reaction
 * mappings. Accepts a JSON pointer (`/customer/id`), a dotted path
 * (`customer.id`) or a plain field name (`orderId`), compiled once.
 */
export type FieldPath = readonly string[];

/**
 * Split a pointer or dotted path into segments.
 *
 * @example
 * compileFieldPath('/customer/id'); // ['customer', 'id']
 * compileFieldPath('customer.id');  // ['customer', 'id']
 */
export function compileFieldPath(path: string): FieldPath {
  if (path === '' || path === '/') return [];
  if (path.startsWith('/')) {
    return path
      .slice(1)
      .split('/')
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  }
  return path.split('.');
}

/**
 * The value at `path` in `data`, or undefined.
 *
 * @example
 * readField({ a: { b: 1 } }, ['a', 'b']); // 1
 */
export function readField(data: unknown, path: FieldPath): unknown {
  let cur = data;
  for (let i = 0; i < path.length; i++) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[path[i] as string];
  }
  return cur;
}

/**
 * A copy of `data` with `value` at `path`; objects along the path are copied,
 * the rest is shared (payloads are treated as immutable).
 *
 * @example
 * writeField({ a: 1 }, ['b'], 2); // { a: 1, b: 2 }
 */
export function writeField(data: unknown, path: FieldPath, value: unknown): unknown {
  if (path.length === 0) return value;
  return writeAt(data, path, 0, value);
}

function writeAt(data: unknown, path: FieldPath, i: number, value: unknown): unknown {
  const key = path[i] as string;
  const base = data !== null && typeof data === 'object' ? data : {};
  const copy: Record<string, unknown> | unknown[] = Array.isArray(base) ? base.slice() : { ...base };
  const rec = copy as Record<string, unknown>;
  rec[key] = i === path.length - 1 ? value : writeAt(rec[key], path, i + 1, value);
  return copy;
}

/**
 * A copy of `data` without the field at `path` (used to make malformed payloads).
 *
 * @example
 * removeField({ a: 1, b: 2 }, ['a']); // { b: 2 }
 */
export function removeField(data: unknown, path: FieldPath): unknown {
  if (path.length === 0 || data === null || typeof data !== 'object') return data;
  const copy = { ...(data as Record<string, unknown>) };
  const key = path[0] as string;
  if (path.length === 1) delete copy[key];
  else copy[key] = removeField(copy[key], path.slice(1));
  return copy;
}

/**
 * Whether an event name matches a subscription pattern: exact, `*` for all,
 * or a trailing/embedded `*` wildcard (`user.*`, `*.created`).
 *
 * @example
 * matchesPattern('user.*', 'user.signed-up'); // true
 */
export function matchesPattern(pattern: string, name: string): boolean {
  if (!pattern.includes('*')) return pattern === name;
  const re = new RegExp(
    '^' +
      pattern
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*') +
      '$',
  );
  return re.test(name);
}
