import { canonicalJson } from './canonical-json';
import { compareArrays } from './compare-arrays';
import { compareObjects } from './compare-objects';
import { compareEnums, compareMeta, compareNumbers, compareStrings, compareUnmodeled } from './compare-values';
import { allCompatible, difference, under, type DiffContext, type Difference } from './diff-context';
import { describeNodeType, type CombinedNode, type SchemaNode } from './schema-node';

/**
 * Confluent's `SchemaDiff.compare(original, update)`: what changes when data valid for `writer`
 * is read with `reader`. Every finding's kind is judged with COMPATIBLE_CHANGES.
 */
export function compareNodes(ctx: DiffContext, writer: SchemaNode, reader: SchemaNode): Difference[] {
  return ctx.begin(writer, reader) ?? ctx.finish(writer, reader, compareUncached(ctx, writer, reader));
}

/** Like compareNodes with the roles swapped (used by `not`, whose reading is reversed). */
export function compareReversed(ctx: DiffContext, writer: SchemaNode, reader: SchemaNode): Difference[] {
  ctx.writerIsOld = !ctx.writerIsOld;
  try {
    return compareNodes(ctx, writer, reader);
  } finally {
    ctx.writerIsOld = !ctx.writerIsOld;
  }
}

function compareUncached(ctx: DiffContext, writer: SchemaNode, reader: SchemaNode): Difference[] {
  const bridged = bridgeCombined(ctx, writer, reader);
  if (bridged) return bridged;
  if (writer.kind !== reader.kind) {
    // Nothing was writable (false), or anything is readable (empty): no change can break.
    if (writer.kind === 'false' || reader.kind === 'empty') return [];
    return [difference('TYPE_CHANGED', [], describeNodeType(writer), describeNodeType(reader))];
  }
  const found = [...compareMeta(writer, reader), ...compareUnmodeled(writer, reader)];
  switch (writer.kind) {
    case 'string':
      return found.concat(compareStrings(writer, reader as typeof writer));
    case 'number':
      return found.concat(compareNumbers(writer, reader as typeof writer));
    case 'enum':
      return found.concat(compareEnums(writer, reader as typeof writer));
    case 'object':
      return found.concat(compareObjects(ctx, writer, reader as typeof writer));
    case 'array':
      return found.concat(compareArrays(ctx, writer, reader as typeof writer));
    case 'combined':
      return found.concat(compareCombined(ctx, writer, reader as CombinedNode));
    case 'not': {
      const inner = compareReversed(ctx, (reader as typeof writer).schema, writer.schema);
      if (inner.length === 0) return found;
      const kind = allCompatible(inner) ? 'NOT_TYPE_NARROWED' : 'NOT_TYPE_EXTENDED';
      return found.concat({ ...difference(kind, ['not']), because: inner });
    }
    default:
      return found;
  }
}

/** A plain schema against a combined one (Confluent's singleton and union special cases). */
function bridgeCombined(ctx: DiffContext, writer: SchemaNode, reader: SchemaNode): Difference[] | undefined {
  if (writer.kind !== 'combined' && reader.kind === 'combined') {
    if (reader.subschemas.length === 1) {
      const only = compareNodes(ctx, writer, reader.subschemas[0]!);
      return allCompatible(only) ? only : undefined;
    }
    for (const option of reader.subschemas) {
      const inner = compareNodes(ctx, writer, option);
      if (!allCompatible(inner)) continue;
      // Deviation: Confluent says TYPE_CHANGED when the new schema is the old one AND more constraints.
      const kind = reader.criterion === 'allOf' ? 'PRODUCT_TYPE_EXTENDED' : 'SUM_TYPE_EXTENDED';
      return [...inner, difference(kind, [], describeNodeType(writer), describeNodeType(reader))];
    }
  } else if (writer.kind === 'combined' && reader.kind !== 'combined') {
    if (writer.subschemas.length === 1) {
      const only = compareNodes(ctx, writer.subschemas[0]!, reader);
      return allCompatible(only) ? only : undefined;
    }
    for (const option of writer.subschemas) {
      const inner = compareNodes(ctx, option, reader);
      if (!allCompatible(inner)) continue;
      // Deviation: Confluent says TYPE_CHANGED when a union loses members down to a plain schema.
      const kind = writer.criterion === 'allOf' ? 'PRODUCT_TYPE_NARROWED' : 'SUM_TYPE_NARROWED';
      return [...(kind === 'PRODUCT_TYPE_NARROWED' ? inner : []), difference(kind, [], describeNodeType(writer), describeNodeType(reader))];
    }
  }
  return undefined;
}

/** Confluent's CombinedSchemaDiff: criterion change, arity change, then a maximum matching of subschemas. */
function compareCombined(ctx: DiffContext, writer: CombinedNode, reader: CombinedNode): Difference[] {
  const found: Difference[] = [];
  const criterionKind = compareCriteria(writer, reader);
  if (criterionKind) found.push(difference(criterionKind, [], writer.criterion, reader.criterion));
  if (criterionKind === 'COMBINED_TYPE_CHANGED') return found;

  const writerParts = distinctParts(writer);
  const readerParts = distinctParts(reader);
  const product = reader.criterion === 'allOf';
  if (writerParts.length < readerParts.length) found.push(difference(product ? 'PRODUCT_TYPE_EXTENDED' : 'SUM_TYPE_EXTENDED', [], writerParts.length, readerParts.length));
  if (writerParts.length > readerParts.length) found.push(difference(product ? 'PRODUCT_TYPE_NARROWED' : 'SUM_TYPE_NARROWED', [], writerParts.length, readerParts.length));

  // Every pair compared once; compatible edges, cheapest first so the matching prefers identical subschemas.
  const pairs = writerParts.map((w) => readerParts.map((r) => compareNodes(ctx, w.node, r.node)));
  const segmentsOf = (writerIndex: number, readerIndex: number) => (ctx.writerIsOld ? writerParts[writerIndex]!.segments : readerParts[readerIndex]!.segments);
  const edges = pairs.map((row) =>
    row
      .map((differences, index) => ({ index, differences }))
      .filter((edge) => allCompatible(edge.differences))
      .sort((a, b) => a.differences.length - b.differences.length),
  );
  const matchOfReader = maximumMatching(ctx, edges, readerParts.length);
  matchOfReader.forEach((writerIndex, readerIndex) => {
    if (writerIndex !== -1) found.push(...under(segmentsOf(writerIndex, readerIndex), pairs[writerIndex]![readerIndex]!));
  });
  const matched = matchOfReader.filter((writerIndex) => writerIndex !== -1).length;
  if (matched < Math.min(writerParts.length, readerParts.length)) {
    found.push(difference('COMBINED_TYPE_SUBSCHEMAS_CHANGED', [], writer.criterion, reader.criterion));
    // Deviation: Confluent names only the combination. The subschemas left without a counterpart are
    // paired in order and their own changes reported, so the report says what changed in them.
    const lonelyWriters = writerParts.map((_, index) => index).filter((index) => !matchOfReader.includes(index));
    const lonelyReaders = matchOfReader.flatMap((writerIndex, readerIndex) => (writerIndex === -1 ? [readerIndex] : []));
    lonelyWriters.forEach((writerIndex, order) => {
      const readerIndex = lonelyReaders[order];
      if (readerIndex !== undefined) found.push(...under(segmentsOf(writerIndex, readerIndex), pairs[writerIndex]![readerIndex]!));
    });
  }
  return found;
}

function compareCriteria(writer: CombinedNode, reader: CombinedNode): string | undefined {
  if (writer.criterion === reader.criterion) return undefined;
  const singleton = (node: CombinedNode) => node.subschemas.length === 1;
  if (reader.criterion === 'anyOf') return 'COMBINED_TYPE_EXTENDED';
  if (reader.criterion === 'oneOf') return singleton(writer) ? 'COMBINED_TYPE_EXTENDED' : 'COMBINED_TYPE_CHANGED';
  return singleton(writer) && singleton(reader) ? 'COMBINED_TYPE_EXTENDED' : 'COMBINED_TYPE_CHANGED';
}

/** Subschemas with duplicates collapsed (Confluent uses a set of schemas). */
function distinctParts(node: CombinedNode): Array<{ node: SchemaNode; segments: string[] }> {
  if (node.synthetic) return node.subschemas.map((part, index) => ({ node: part, segments: node.segments[index] ?? [] }));
  const seen = new Set<string>();
  const parts: Array<{ node: SchemaNode; segments: string[] }> = [];
  node.subschemas.forEach((part, index) => {
    const key = canonicalJson(part.raw);
    if (seen.has(key)) return;
    seen.add(key);
    parts.push({ node: part, segments: node.segments[index] ?? [] });
  });
  return parts;
}

/** Kuhn's augmenting paths; returns, per reader part, the matched writer part or -1. */
function maximumMatching(ctx: DiffContext, edges: Array<Array<{ index: number }>>, readerCount: number): number[] {
  const matchOfReader = new Array<number>(readerCount).fill(-1);
  const augment = (writerIndex: number, visited: boolean[]): boolean => {
    for (const { index } of edges[writerIndex]!) {
      ctx.step();
      if (visited[index]) continue;
      visited[index] = true;
      if (matchOfReader[index] === -1 || augment(matchOfReader[index]!, visited)) {
        matchOfReader[index] = writerIndex;
        return true;
      }
    }
    return false;
  };
  edges.forEach((_, writerIndex) => augment(writerIndex, new Array<boolean>(readerCount).fill(false)));
  return matchOfReader;
}
