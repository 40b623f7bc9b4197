import { generateSync } from 'json-schema-faker';
import type { ArrayNode, NumberNode, ObjectNode, SchemaNode, StringNode } from './schema-node';

const FORMAT_SAMPLES: Record<string, string> = {
  'date-time': '2024-01-31T12:00:00Z',
  date: '2024-01-31',
  time: '12:00:00Z',
  email: 'someone@example.com',
  'idn-email': 'someone@example.com',
  hostname: 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  uri: 'https://example.com/a',
  'uri-reference': '/a',
  iri: 'https://example.com/a',
  uuid: '00000000-0000-4000-8000-000000000000',
  duration: 'P1D',
  regex: 'a+',
  'json-pointer': '/a',
};

/** Values of every JSON kind, for probing a reader that accepts less than the writer. */
export const PROBE_VALUES: readonly unknown[] = [null, true, false, 0, -1, 1, 1.5, -0.5, 1e12, '', 'a', 'value', [], [1], {}, { a: 1 }];

const MAX_DEPTH = 8;
const MAX_STRING_LENGTH = 10_000;
/** Most candidate values built for one node: nested combinations would otherwise multiply them. */
const MAX_VARIANTS = 256;

/**
 * One plausible value for a schema node (required properties only, minimal arrays), or
 * undefined when none can be built. Best effort: callers verify candidates with ajv.
 *
 * @example canonicalValue(stringNodeWithFormatDate) // '2024-01-31'
 */
export function canonicalValue(node: SchemaNode, depth = 0): unknown {
  if (depth > MAX_DEPTH) return null;
  const preferred = node.meta.examples;
  if (Array.isArray(preferred) && preferred.length > 0 && node.kind !== 'combined') return preferred[0];
  switch (node.kind) {
    case 'empty':
      return 'value';
    case 'false':
      return undefined;
    case 'string':
      return stringValues(node)[0];
    case 'number':
      return numberValues(node)[0];
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'enum':
      return node.values[0];
    case 'object':
      return objectValue(node, depth, false);
    case 'array':
      return arrayValue(node, depth);
    case 'not':
      return PROBE_VALUES[0];
    case 'combined': {
      const parts = node.subschemas.map((part) => canonicalValue(part, depth + 1)).filter((value) => value !== undefined);
      if (node.criterion !== 'allOf') return parts[0];
      const enumPart = node.subschemas.find((part) => part.kind === 'enum');
      if (enumPart && enumPart.kind === 'enum') return enumPart.values[0];
      const objects = parts.filter(isPlainObject);
      return objects.length > 0 ? Object.assign({}, ...objects) : parts[0];
    }
  }
}

/** An object with its required properties (or, with `everything`, all declared ones). */
export function objectValue(node: ObjectNode, depth: number, everything: boolean): Record<string, unknown> {
  // Every candidate of a search starts from these: built once per node, never mutated (candidates copy them).
  let byDepth = builtObjects.get(node);
  if (!byDepth) builtObjects.set(node, (byDepth = new Map()));
  const key = depth * 2 + (everything ? 1 : 0);
  let value = byDepth.get(key);
  if (!value) byDepth.set(key, (value = buildObjectValue(node, depth, everything)));
  return value;
}

const builtObjects = new WeakMap<ObjectNode, Map<number, Record<string, unknown>>>();

function buildObjectValue(node: ObjectNode, depth: number, everything: boolean): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  let count = 0;
  for (const [key, schema] of node.properties) {
    if (!everything && !node.required.has(key) && count >= (node.minProperties ?? 0)) continue;
    const child = canonicalValue(schema, depth + 1);
    if (child !== undefined) {
      value[key] = child;
      count += 1;
    }
  }
  for (const key of node.required) if (!(key in value)) value[key] = 'value';
  return value;
}

function arrayValue(node: ArrayNode, depth: number): unknown[] {
  const value = node.tuple.map((part) => canonicalValue(part, depth + 1));
  const filler = node.items ?? node.additionalItemsSchema;
  while (value.length < (node.minItems ?? 0)) value.push(filler ? canonicalValue(filler, depth + 1) : 'value');
  return value;
}

/** Strings around the node's limits, formats and (when the pattern allows) simple words. */
export function stringValues(node: StringNode, probe?: StringNode): string[] {
  const min = node.minLength ?? 0;
  const max = node.maxLength ?? Math.max(min, 16);
  const lengths = new Set([Math.max(min, 1), min, max, Math.min(max, Math.max(min, 64))]);
  if (probe?.maxLength !== undefined) lengths.add(probe.maxLength + 1);
  if (probe?.minLength !== undefined && probe.minLength > 0) lengths.add(probe.minLength - 1);
  const values: string[] = [];
  if (node.format && FORMAT_SAMPLES[node.format]) values.push(FORMAT_SAMPLES[node.format]!);
  // A `maxLength: 1e9` must not become a gigabyte string.
  for (const length of lengths) if (length >= min && length <= max && length <= MAX_STRING_LENGTH) values.push('a'.repeat(length));
  values.push('A1', '0', 'abc-123', 'not a ' + (probe?.format ?? 'match'));
  if (!node.pattern) return values;
  const regex = safeRegExp(node.pattern);
  if (!regex) return values;
  const matching = values.filter((value) => regex.test(value));
  // Simple words rarely match a real pattern (`^cus_[a-z0-9]{8}$`): ask a generator for one that does.
  if (matching.length === 0) {
    const generated = stringMatching(node.pattern, min, max);
    if (generated !== undefined && regex.test(generated)) matching.push(generated);
  }
  return matching.concat(values.filter((value) => !regex.test(value)));
}

/** Generated strings by (pattern, length bounds): hostile schemas repeat one pattern thousands of times. */
const generatedStrings = new Map<string, string | undefined>();
const GENERATED_CACHE_LIMIT = 1000;

/** A string the pattern matches within the length bounds, generated deterministically (fixed seed). */
function stringMatching(pattern: string, minLength: number, maxLength: number): string | undefined {
  const key = `${minLength}\u0000${maxLength}\u0000${pattern}`;
  if (generatedStrings.has(key)) return generatedStrings.get(key);
  let value: string | undefined;
  try {
    const sample = generateSync({ type: 'string', pattern, minLength, maxLength: Math.min(maxLength, 256) }, { seed: 1 });
    value = typeof sample === 'string' ? sample : undefined;
  } catch {
    value = undefined;
  }
  if (generatedStrings.size >= GENERATED_CACHE_LIMIT) generatedStrings.clear();
  generatedStrings.set(key, value);
  return value;
}

/** Numbers at and around the node's bounds, its multiples, and the probe's bounds. */
export function numberValues(node: NumberNode, probe?: NumberNode): number[] {
  const step = node.multipleOf ?? 1;
  const low = node.minimum ?? (node.exclusiveMinimum !== undefined ? node.exclusiveMinimum + step : undefined);
  const high = node.maximum ?? (node.exclusiveMaximum !== undefined ? node.exclusiveMaximum - step : undefined);
  const start = low ?? (high !== undefined ? Math.min(0, high) : 0);
  const aligned = Math.ceil(start / step) * step;
  const candidates = [aligned, aligned + step, high, low, 0, 1, -1, 0.5, 1.5, 1e9, -1e9];
  for (const bound of [probe?.minimum, probe?.maximum, probe?.exclusiveMinimum, probe?.exclusiveMaximum]) {
    if (bound !== undefined) candidates.push(bound - 1, bound + 1, bound, bound - 0.5, bound + 0.5);
  }
  if (probe?.multipleOf !== undefined) candidates.push(probe.multipleOf / 2, probe.multipleOf + step, step);
  const unique = [...new Set(candidates.filter((value): value is number => value !== undefined && Number.isFinite(value)))];
  return node.integer ? unique.filter(Number.isInteger).concat(unique.filter((value) => !Number.isInteger(value))) : unique;
}

/**
 * Several candidate values for `node`, shaped to probe what `probe` (the reader's node at the
 * same place, when known) rejects.
 */
export function variantValues(node: SchemaNode, probe: SchemaNode | undefined, depth = 0): unknown[] {
  const fromMeta = [...(Array.isArray(node.meta.examples) ? node.meta.examples : []), ...(node.meta.hasDefault ? [node.meta.default] : [])];
  const values: unknown[] = [...fromMeta];
  switch (node.kind) {
    case 'string':
      values.push(...stringValues(node, probe?.kind === 'string' ? probe : undefined));
      break;
    case 'number':
      values.push(...numberValues(node, probe?.kind === 'number' ? probe : undefined));
      break;
    case 'enum':
      values.push(...node.values);
      break;
    case 'array': {
      const itemSchema = node.items ?? node.additionalItemsSchema;
      const item = itemSchema ? canonicalValue(itemSchema, depth + 1) : 'value';
      const base = arrayValue(node, depth);
      values.push(base, [...base, item], [...base, item, item]);
      const longest = probe?.kind === 'array' && probe.maxItems !== undefined ? probe.maxItems + 1 : node.maxItems;
      if (longest !== undefined && longest <= 1000) values.push([...base, ...new Array<unknown>(Math.max(0, longest - base.length)).fill(item)]);
      break;
    }
    case 'object': {
      const full = objectValue(node, depth, true);
      values.push(objectValue(node, depth, false), full);
      if (node.permitsAdditional) {
        const filler = node.additionalSchema ? canonicalValue(node.additionalSchema, depth + 1) : 'value';
        const readerObject = probe?.kind === 'object' ? probe : undefined;
        // Keys of several lengths, for `propertyNames` limits.
        for (const key of ['a', 'abcd', 'abcdefghijklmnopq']) values.push({ ...full, [key]: filler });
        for (const count of [readerObject?.maxProperties, readerObject?.minProperties, node.maxProperties]) {
          if (count === undefined || count > 1000) continue;
          for (const size of [count - 1, count + 1, count]) values.push(objectOfSize(full, size, filler));
        }
      }
      break;
    }
    case 'combined':
      for (const part of node.subschemas) {
        if (values.length >= MAX_VARIANTS) break;
        values.push(...variantValues(part, probe, depth + 1));
      }
      values.push(canonicalValue(node, depth));
      break;
    default:
      values.push(canonicalValue(node, depth));
  }
  values.push(...PROBE_VALUES);
  return values.filter((value) => value !== undefined).slice(0, MAX_VARIANTS);
}

/** `base` trimmed or padded (with `extra_N` properties) to exactly `size` properties. */
function objectOfSize(base: Record<string, unknown>, size: number, filler: unknown): Record<string, unknown> {
  if (size < 0) return base;
  const entries = Object.entries(base).slice(0, size);
  for (let index = entries.length; index < size; index += 1) entries.push([`extra_${index}`, filler]);
  return Object.fromEntries(entries);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function safeRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
}
