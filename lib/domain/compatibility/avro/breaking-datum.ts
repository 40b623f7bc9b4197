import { ComparisonContext } from './comparison-context';
import { readerAcceptsName } from './compare-named';
import { FieldIndex } from './compare-records';
import { promotes } from './compare-types';
import { branchesOf, pairBranches } from './compare-unions';
import { smallestDatum, wrapBranch, type AvroJson } from './sample-datum';
import type { AvroNode } from './schema-node';

/** Whether the two types fail to match at the top, before looking inside records, arrays or maps. */
function shallowMismatch(reader: AvroNode, writer: AvroNode): boolean {
  if (reader.kind === 'primitive' && writer.kind === 'primitive') {
    return reader.type !== writer.type && !promotes(writer.type, reader.type);
  }
  if (reader.kind !== writer.kind) return true;
  if (reader.kind === 'fixed' && writer.kind === 'fixed') {
    return reader.size !== writer.size || !readerAcceptsName(reader, writer);
  }
  if ((reader.kind === 'record' || reader.kind === 'enum') && (writer.kind === 'record' || writer.kind === 'enum')) {
    return !readerAcceptsName(reader, writer);
  }
  return false;
}

/** Where a breaking datum goes wrong: use-site pointers and named-type definitions on both sides. */
export interface BreakSpot {
  /** Reader and writer pointers where the mismatch sits. */
  exact: string[];
  /** Definition pointers (plus `/`) of the named types the mismatch is inside. */
  within: string[];
}

export interface BreakingDatum {
  datum: AvroJson;
  spot: BreakSpot;
}

/** Use-site pointers of the reader and writer types being compared. */
export interface Position {
  reader: string;
  writer: string;
}

const spotAt = (reader: AvroNode, writer: AvroNode, at: Position): BreakSpot => ({
  exact: [at.reader, at.writer],
  within: [reader, writer].filter((n) => 'fullName' in n).map((n) => `${n.path}/`),
});

/**
 * A datum (Avro JSON encoding) that `writer` accepts and `reader` cannot resolve, aimed at the
 * breaking part: the missing enum symbol, the union branch the reader lacks, the mismatched field.
 * Also says where it breaks, so the caller can name the change it demonstrates.
 *
 * @example
 * breakingDatum(context, readerEnum, writerEnumWithExtraSymbol, { reader: '', writer: '' })?.datum; // 'REFUNDED'
 */
export function breakingDatum(
  context: ComparisonContext,
  reader: AvroNode,
  writer: AvroNode,
  at: Position,
  open = new Set<string>(),
): BreakingDatum | undefined {
  context.budget.step('Building a counterexample');
  if (context.canRead(reader, writer)) return undefined;
  const smallest = (): BreakingDatum | undefined => {
    const datum = smallestDatum(writer, context.budget);
    return datum === undefined ? undefined : { datum, spot: spotAt(reader, writer, at) };
  };
  const inside = (found: BreakingDatum | undefined, wrap: (d: AvroJson) => AvroJson) =>
    found && { datum: wrap(found.datum), spot: found.spot };

  if (reader.kind === 'union' || writer.kind === 'union') {
    const readerBranches = branchesOf(reader, at.reader);
    const writerBranches = branchesOf(writer, at.writer);
    const pairs = pairBranches(writerBranches, readerBranches, context.budget);
    for (const w of writerBranches) {
      if (readerBranches.some((r) => context.canRead(r.node, w.node))) continue;
      const counterpart = pairs.find(([p]) => p === w)?.[1];
      const deep = counterpart && breakingDatum(context, counterpart.node, w.node, { reader: counterpart.path, writer: w.path }, open);
      const plain = smallestDatum(w.node, context.budget);
      const found = deep ?? (plain === undefined ? undefined : { datum: plain, spot: { exact: [w.path], within: [] } });
      if (found) return inside(found, (d) => (writer.kind === 'union' ? wrapBranch(w.node, d) : d));
    }
    return undefined;
  }
  if (shallowMismatch(reader, writer)) return smallest();

  // Each (reader, writer) pair is explored once, so recursive types terminate.
  if ('fullName' in reader && 'fullName' in writer) {
    const key = `${reader.fullName}<-${writer.fullName}`;
    if (open.has(key)) return undefined;
    open.add(key);
  }
  if (reader.kind === 'enum' && writer.kind === 'enum') {
    const symbol = reader.default === undefined ? writer.symbols.find((s) => !reader.symbols.includes(s)) : undefined;
    return symbol === undefined ? undefined : { datum: symbol, spot: spotAt(reader, writer, at) };
  }
  if (reader.kind === 'array' && writer.kind === 'array') {
    const where = { reader: `${at.reader}/items`, writer: `${at.writer}/items` };
    return inside(breakingDatum(context, reader.items, writer.items, where, open), (d) => [d]);
  }
  if (reader.kind === 'map' && writer.kind === 'map') {
    const where = { reader: `${at.reader}/values`, writer: `${at.writer}/values` };
    return inside(breakingDatum(context, reader.values, writer.values, where, open), (d) => ({ key: d }));
  }
  if (reader.kind === 'record' && writer.kind === 'record') {
    const writerFields = new FieldIndex(writer);
    const missing = reader.fields.find((f) => !f.hasDefault && !writerFields.sourceOf(f));
    if (missing) {
      const found = smallest();
      return found && { ...found, spot: { exact: [missing.path, `${missing.path}/name`], within: found.spot.within } };
    }
    for (const readerField of reader.fields) {
      const writerField = writerFields.sourceOf(readerField);
      if (!writerField || context.canRead(readerField.type, writerField.type)) continue;
      const where = { reader: `${readerField.path}/type`, writer: `${writerField.path}/type` };
      const found = breakingDatum(context, readerField.type, writerField.type, where, open);
      const base = smallestDatum(writer, context.budget);
      if (!found || base === null || typeof base !== 'object' || Array.isArray(base)) continue;
      return { datum: { ...base, [writerField.name]: found.datum }, spot: found.spot };
    }
  }
  return smallest();
}
