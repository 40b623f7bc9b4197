/**
 * Message and operation traits, applied the way @asyncapi/parser does:
 * in 3.x the object's own fields win over its traits, in 2.x the traits win.
 */
import type { Located, RefResolver } from './ref-resolver';
import { isObject, type JsonObject } from './types';

/**
 * The object at `located` with its `traits` merged in (JSON Merge Patch).
 * Fields no trait touches keep their unresolved values, so their refs stay traceable.
 *
 * @example
 * applyTraits(resolver, { value: { traits: [{ contentType: 'a' }] }, file, pointer }, 3).contentType // 'a'
 */
export function applyTraits(resolver: RefResolver, located: Located, major: 2 | 3): JsonObject {
  const object = isObject(located.value) ? located.value : {};
  const { traits, ...own } = object;
  if (!Array.isArray(traits) || traits.length === 0) return own;
  const resolved = traits
    .map((t, i) => resolver.deref(t, located.file, `${located.pointer}/traits/${i}`))
    .filter(isObject);
  const ownResolved = (key: string) => resolver.deref(own[key], located.file, `${located.pointer}/${key}`);
  const result: JsonObject = {};
  if (major === 3) {
    for (const trait of resolved) for (const [k, v] of Object.entries(trait)) result[k] = mergePatch(result[k], v);
    for (const key of Object.keys(own)) result[key] = key in result ? mergePatch(result[key], ownResolved(key)) : own[key];
  } else {
    Object.assign(result, own);
    const merged = new Set<string>();
    for (const trait of resolved) {
      for (const [k, v] of Object.entries(trait)) {
        const base = merged.has(k) ? result[k] : k in own ? ownResolved(k) : undefined;
        result[k] = mergePatch(base, v);
        merged.add(k);
      }
    }
  }
  return result;
}

/**
 * RFC 7386 JSON Merge Patch.
 *
 * @example
 * mergePatch({ a: 1, b: 2 }, { b: null, c: 3 }) // { a: 1, c: 3 }
 */
export function mergePatch(origin: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const result: JsonObject = isObject(origin) ? { ...origin } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}
