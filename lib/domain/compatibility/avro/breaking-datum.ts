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

/**
 * A datum (Avro JSON encoding) that `writer` accepts and `reader` cannot resolve, aimed at the
 * breaking part: the missing enum symbol, the union branch the reader lacks, the mismatched field.
 *
 * @example
 * breakingDatum(context, readerEnum, writerEnumWithExtraSymbol); // 'REFUNDED'
 */
export function breakingDatum(context: ComparisonContext, reader: AvroNode, writer: AvroNode, open = new Set<string>()): AvroJson | undefined {
  context.budget.step('Building a counterexample');
  if (context.canRead(reader, writer)) return undefined;
  const smallest = () => smallestDatum(writer, context.budget);

  if (reader.kind === 'union' || writer.kind === 'union') {
    const readerBranches = branchesOf(reader, '');
    const writerBranches = branchesOf(writer, '');
    const pairs = pairBranches(writerBranches, readerBranches, context.budget);
    for (const w of writerBranches) {
      if (readerBranches.some((r) => context.canRead(r.node, w.node))) continue;
      const counterpart = pairs.find(([p]) => p === w)?.[1];
      const value =
        (counterpart && breakingDatum(context, counterpart.node, w.node, open)) ?? smallestDatum(w.node, context.budget);
      if (value === undefined) continue;
      return writer.kind === 'union' ? wrapBranch(w.node, value) : value;
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
    return reader.default === undefined ? writer.symbols.find((s) => !reader.symbols.includes(s)) : undefined;
  }
  if (reader.kind === 'array' && writer.kind === 'array') {
    const item = breakingDatum(context, reader.items, writer.items, open);
    return item === undefined ? undefined : [item];
  }
  if (reader.kind === 'map' && writer.kind === 'map') {
    const value = breakingDatum(context, reader.values, writer.values, open);
    return value === undefined ? undefined : { key: value };
  }
  if (reader.kind === 'record' && writer.kind === 'record') {
    const writerFields = new FieldIndex(writer);
    const missingDefault = reader.fields.some((f) => !f.hasDefault && !writerFields.sourceOf(f));
    if (missingDefault) return smallest();
    for (const readerField of reader.fields) {
      const writerField = writerFields.sourceOf(readerField);
      if (!writerField || context.canRead(readerField.type, writerField.type)) continue;
      const value = breakingDatum(context, readerField.type, writerField.type, open);
      const base = smallest();
      if (value === undefined || base === null || typeof base !== 'object' || Array.isArray(base)) continue;
      return { ...base, [writerField.name]: value };
    }
  }
  return smallest();
}
