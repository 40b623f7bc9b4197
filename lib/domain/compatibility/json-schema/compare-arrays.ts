import { compareNodes } from './compare-schemas';
import { compareLimit } from './compare-values';
import { allCompatible, difference, under, type DiffContext, type Difference } from './diff-context';
import type { ArrayNode, SchemaNode } from './schema-node';

/** Open tuple: items past the positional ones may be anything. */
function isOpenTuple(node: ArrayNode): boolean {
  return node.permitsAdditionalItems && node.additionalItemsSchema === undefined;
}

/** Confluent's ArraySchemaDiff (items, positional items, additionalItems, limits). */
export function compareArrays(ctx: DiffContext, writer: ArrayNode, reader: ArrayNode): Difference[] {
  const old = ctx.writerIsOld ? writer : reader;
  const found: Difference[] = [];
  if (writer.items && reader.items) found.push(...under(['items'], compareNodes(ctx, writer.items, reader.items)));
  else if (reader.items) found.push(difference('SCHEMA_ADDED', ['items']));
  else if (writer.items) found.push(difference('SCHEMA_REMOVED', ['items']));

  found.push(...compareTuple(ctx, writer, reader, old.tupleKeyword));
  found.push(...compareAdditionalItems(ctx, writer, reader, [old.additionalItemsKeyword]));
  found.push(
    ...compareLimit('maxItems', 'MAX_ITEMS', writer.maxItems, reader.maxItems),
    ...compareLimit('minItems', 'MIN_ITEMS', writer.minItems, reader.minItems),
    ...compareLimit('maxContains', 'MAX_CONTAINS', writer.maxContains, reader.maxContains),
    ...compareLimit('minContains', 'MIN_CONTAINS', writer.minContains, reader.minContains),
  );
  if (writer.uniqueItems !== reader.uniqueItems) {
    found.push(difference(writer.uniqueItems ? 'UNIQUE_ITEMS_REMOVED' : 'UNIQUE_ITEMS_ADDED', ['uniqueItems']));
  }
  return found;
}

function compareTuple(ctx: DiffContext, writer: ArrayNode, reader: ArrayNode, keyword: string): Difference[] {
  const found: Difference[] = [];
  const length = Math.max(writer.tuple.length, reader.tuple.length);
  for (let index = 0; index < length; index += 1) {
    ctx.step();
    const path = [keyword, String(index)];
    const was = writer.tuple[index];
    const is = reader.tuple[index];
    if (was && is) found.push(...under(path, compareNodes(ctx, was, is)));
    else if (was) found.push(...itemRemoved(ctx, path, was, reader));
    else if (is) found.push(...itemAdded(ctx, path, is, writer));
  }
  return found;
}

function itemRemoved(ctx: DiffContext, path: string[], was: SchemaNode, reader: ArrayNode): Difference[] {
  if (isOpenTuple(reader)) return [difference('ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL', path)];
  if (reader.additionalItemsSchema) {
    const inner = compareNodes(ctx, was, reader.additionalItemsSchema);
    const kind = allCompatible(inner) ? 'ITEM_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL' : 'ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL';
    return [{ ...difference(kind, path), because: inner }];
  }
  return [difference(was.kind === 'false' ? 'ITEM_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL' : 'ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL', path)];
}

function itemAdded(ctx: DiffContext, path: string[], is: SchemaNode, writer: ArrayNode): Difference[] {
  if (isOpenTuple(writer)) {
    return [difference(is.kind === 'empty' ? 'ITEM_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL' : 'ITEM_ADDED_TO_OPEN_CONTENT_MODEL', path)];
  }
  if (writer.additionalItemsSchema) {
    const inner = compareNodes(ctx, writer.additionalItemsSchema, is);
    const kind = allCompatible(inner) ? 'ITEM_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL' : 'ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL';
    return [{ ...difference(kind, path), because: inner }];
  }
  return [difference('ITEM_ADDED_TO_CLOSED_CONTENT_MODEL', path)];
}

function compareAdditionalItems(ctx: DiffContext, writer: ArrayNode, reader: ArrayNode, path: string[]): Difference[] {
  if (writer.permitsAdditionalItems !== reader.permitsAdditionalItems) {
    return [difference(writer.permitsAdditionalItems ? 'ADDITIONAL_ITEMS_REMOVED' : 'ADDITIONAL_ITEMS_ADDED', path)];
  }
  if (!writer.additionalItemsSchema && reader.additionalItemsSchema) return [difference('ADDITIONAL_ITEMS_NARROWED', path)];
  if (writer.additionalItemsSchema && !reader.additionalItemsSchema) return [difference('ADDITIONAL_ITEMS_EXTENDED', path)];
  if (writer.additionalItemsSchema && reader.additionalItemsSchema) {
    return under(path, compareNodes(ctx, writer.additionalItemsSchema, reader.additionalItemsSchema));
  }
  return [];
}
