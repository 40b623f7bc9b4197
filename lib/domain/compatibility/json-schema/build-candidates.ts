import { schemaForUndeclared } from './compare-objects';
import { canonicalValue, isPlainObject, objectValue, safeRegExp, variantValues } from './sample-values';
import type { ObjectNode, SchemaNode } from './schema-node';

const ANY: SchemaNode = { kind: 'empty', meta: { hasDefault: false }, raw: true, unmodeled: new Map<string, string>() };
const COMBINERS = new Set(['allOf', 'anyOf', 'oneOf']);

/** The leaf values to try where a change sits, given the writer's and the reader's node there. */
export type LeafVariants = (writer: SchemaNode, reader: SchemaNode | undefined) => unknown[];

/**
 * Whole documents valid-looking for `writer`, varying only the place `segments` points at
 * (everything else gets a canonical value). Candidates are unverified: the caller checks them.
 *
 * @example candidatesAlong(writerRoot, readerRoot, ['properties', 'total'], variants)
 */
export function candidatesAlong(writer: SchemaNode, reader: SchemaNode | undefined, segments: string[], leaf: LeafVariants): unknown[] {
  return along(writer, reader, segments, 0, leaf, 0);
}

function along(node: SchemaNode, reader: SchemaNode | undefined, segments: string[], index: number, leaf: LeafVariants, depth: number): unknown[] {
  if (depth > 64) return [];
  const segment = segments[index];
  const next = segments[index + 1];
  if (segment === undefined) return leaf(node, reader);

  if (node.kind === 'combined') {
    // An explicit `anyOf/2` step picks that branch; otherwise try every part.
    if (COMBINERS.has(segment) && next !== undefined && segment === node.criterion) {
      const chosen = node.subschemas[Number(next)];
      const readerPart = reader?.kind === 'combined' ? reader.subschemas[Number(next)] ?? reader : reader;
      const inner = chosen ? along(chosen, readerPart, segments, index + 2, leaf, depth + 1) : [];
      return node.criterion === 'allOf' ? inner.map((value) => withSiblings(node, value, depth)) : inner;
    }
    const results: unknown[] = [];
    for (const part of node.subschemas) {
      const readerPart = reader?.kind === 'combined' ? reader.subschemas.find((candidate) => candidate.kind === part.kind) : reader;
      const inner = along(part, readerPart, segments, index, leaf, depth + 1);
      results.push(...(node.criterion === 'allOf' ? inner.map((value) => withSiblings(node, value, depth)) : inner));
    }
    return results;
  }
  if (node.kind === 'object') return alongObject(node, reader?.kind === 'object' ? reader : undefined, segments, index, leaf, depth);
  if (node.kind === 'array') {
    const readerArray = reader?.kind === 'array' ? reader : undefined;
    const prefix = node.tuple.map((part) => canonicalValue(part, depth + 1));
    if ((segment === 'items' || segment === 'prefixItems') && next !== undefined && /^\d+$/.test(next)) {
      const position = Number(next);
      const child = node.tuple[position] ?? node.additionalItemsSchema ?? (node.permitsAdditionalItems ? node.items ?? ANY : undefined);
      if (!child) return [];
      const readerChild = readerArray ? readerArray.tuple[position] ?? readerArray.additionalItemsSchema ?? readerArray.items : undefined;
      const head = prefix.slice(0, position);
      while (head.length < position) head.push(canonicalValue(node.items ?? node.additionalItemsSchema ?? ANY, depth + 1));
      return along(child, readerChild, segments, index + 2, leaf, depth + 1).map((value) => [...head, value]);
    }
    if (segment === 'items' || segment === 'additionalItems') {
      const child = node.tuple.length > 0 ? node.additionalItemsSchema ?? ANY : node.items ?? ANY;
      const readerChild = readerArray ? (readerArray.tuple.length > 0 ? readerArray.additionalItemsSchema : readerArray.items) : undefined;
      return along(child, readerChild, segments, index + 1, leaf, depth + 1).map((value) => [...prefix, value]);
    }
  }
  if (segment === 'not') return leaf(ANY, undefined);
  // A keyword of this node (`maxLength`, `enum`, `uniqueItems`...): the change sits here.
  return leaf(node, reader);
}

function alongObject(node: ObjectNode, reader: ObjectNode | undefined, segments: string[], index: number, leaf: LeafVariants, depth: number): unknown[] {
  const segment = segments[index]!;
  const key = segments[index + 1];
  const base = objectValue(node, depth, false);
  const full = objectValue(node, depth, true);
  if (segment === 'additionalProperties') return placeProperty(node, reader, 'unexpectedProperty', segments, index + 1, leaf, depth);
  if (key === undefined) return leaf(node, reader);
  if (segment === 'required') {
    return [omit(base, key), omit(full, key)];
  }
  if (segment === 'properties' || segment === 'patternProperties') {
    const name = segment === 'properties' ? key : keyMatching(key);
    return name === undefined ? [] : placeProperty(node, reader, name, segments, index + 2, leaf, depth);
  }
  if (segment === 'dependencies' || segment === 'dependentRequired' || segment === 'dependentSchemas') {
    const trigger = node.properties.get(key);
    const value = trigger ? canonicalValue(trigger, depth + 1) : 'value';
    const withTrigger = { ...base, [key]: value };
    const readerNeeds = reader?.dependentRequired.get(key) ?? [];
    return [withTrigger, ...readerNeeds.map((name) => omit({ ...full, [key]: value }, name))];
  }
  return leaf(node, reader);
}

/** Objects carrying property `name` with each candidate value (and, where the change is the property itself, without it). */
function placeProperty(node: ObjectNode, reader: ObjectNode | undefined, name: string, segments: string[], rest: number, leaf: LeafVariants, depth: number): unknown[] {
  const base = objectValue(node, depth, false);
  const full = objectValue(node, depth, true);
  const child = node.properties.get(name) ?? schemaForUndeclared(node, name) ?? (node.permitsAdditional ? ANY : undefined);
  const absent = rest === segments.length ? [omit(base, name), omit(full, name)] : [];
  if (!child) return absent;
  const readerChild = reader ? reader.properties.get(name) ?? schemaForUndeclared(reader, name) : undefined;
  const values = along(child, readerChild, segments, rest, leaf, depth + 1);
  // Where the change is the property itself (added as required...), its absence is a candidate too.
  return [...absent, ...values.flatMap((value) => [{ ...base, [name]: value }, { ...full, [name]: value }])];
}

/** In an allOf, an object found for one part also carries the canonical properties of the others. */
function withSiblings(node: SchemaNode, value: unknown, depth: number): unknown {
  if (node.kind !== 'combined' || !isPlainObject(value)) return value;
  const merged: Record<string, unknown> = {};
  for (const part of node.subschemas) {
    const sibling = canonicalValue(part, depth + 1);
    if (isPlainObject(sibling)) Object.assign(merged, sibling);
  }
  return Object.assign(merged, value);
}

function omit(value: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

/** A property name matching a patternProperties regex, from a few simple guesses. */
function keyMatching(pattern: string): string | undefined {
  const regex = safeRegExp(pattern);
  if (!regex) return undefined;
  const literal = pattern.replace(/^\^/, '').replace(/\$$/, '').replace(/[\\.*+?()[\]{}|]/g, '');
  return [`${literal}x`, literal, 'x', 'a1', 'A_1', '1'].find((guess) => guess !== '' && regex.test(guess));
}

/** Default leaf variants: values shaped by the writer's node and probing the reader's. */
export const defaultLeafVariants: LeafVariants = (writer, reader) => variantValues(writer, reader);
