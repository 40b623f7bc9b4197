/** Copying only the fields an AsyncAPI object of a given kind allows. */
import { isEventflowExtension } from './extensions';
import type { JsonObject } from './types';

/**
 * The fields of `source` AsyncAPI allows here, plus foreign `x-` extensions, in source order.
 *
 * @example
 * pick({ title: 'T', url: 'u', 'x-team': 'a' }, ['title']) // { title: 'T', 'x-team': 'a' }
 */
export function pick(source: JsonObject, allowed: readonly string[]): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(source)) {
    if (allowed.includes(key) || (key.startsWith('x-') && !isEventflowExtension(key))) out[key] = value;
  }
  return out;
}
