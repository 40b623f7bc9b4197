import { jsonEqual } from './canonical-json';
import { difference, type Difference } from './diff-context';
import type { EnumNode, NumberNode, SchemaNode, StringNode } from './schema-node';

/**
 * Compares a numeric limit keyword: `<PREFIX>_ADDED | _REMOVED | _INCREASED | _DECREASED`
 * at `[keyword]`, with writer and reader values.
 *
 * @example compareLimit('maxLength', 'MAX_LENGTH', 10, 5) // [{ kind: 'MAX_LENGTH_DECREASED', ... }]
 */
export function compareLimit(keyword: string, prefix: string, writer: number | undefined, reader: number | undefined): Difference[] {
  if (writer === reader) return [];
  const kinds = kindsOf(prefix);
  if (writer === undefined) return [difference(kinds.added, [keyword], writer, reader)];
  if (reader === undefined) return [difference(kinds.removed, [keyword], writer, reader)];
  return [difference(writer < reader ? kinds.increased : kinds.decreased, [keyword], writer, reader)];
}

function compareText(keyword: string, prefix: string, writer: string | undefined, reader: string | undefined): Difference[] {
  if (writer === reader) return [];
  const kinds = kindsOf(prefix);
  if (writer === undefined) return [difference(kinds.added, [keyword], writer, reader)];
  if (reader === undefined) return [difference(kinds.removed, [keyword], writer, reader)];
  return [difference(kinds.changed, [keyword], writer, reader)];
}

interface LimitKinds {
  added: string;
  removed: string;
  increased: string;
  decreased: string;
  changed: string;
}

/** A keyword's kind names, joined once: a fresh string per finding was hashed again by every lookup of its kind. */
function kindsOf(prefix: string): LimitKinds {
  let kinds = KINDS.get(prefix);
  if (!kinds) {
    kinds = { added: `${prefix}_ADDED`, removed: `${prefix}_REMOVED`, increased: `${prefix}_INCREASED`, decreased: `${prefix}_DECREASED`, changed: `${prefix}_CHANGED` };
    KINDS.set(prefix, kinds);
  }
  return kinds;
}
const KINDS = new Map<string, LimitKinds>();

/** Confluent's StringSchemaDiff, plus `format` (which Confluent ignores). */
export function compareStrings(writer: StringNode, reader: StringNode): Difference[] {
  return [
    ...compareLimit('maxLength', 'MAX_LENGTH', writer.maxLength, reader.maxLength),
    ...compareLimit('minLength', 'MIN_LENGTH', writer.minLength, reader.minLength),
    ...compareText('pattern', 'PATTERN', writer.pattern, reader.pattern),
    ...compareText('format', 'FORMAT', writer.format, reader.format),
  ];
}

/** Confluent's NumberSchemaDiff (with exclusive bounds and fractional `multipleOf` compared correctly). */
export function compareNumbers(writer: NumberNode, reader: NumberNode): Difference[] {
  const found = [
    ...compareLimit('maximum', 'MAXIMUM', writer.maximum, reader.maximum),
    ...compareLimit('minimum', 'MINIMUM', writer.minimum, reader.minimum),
    ...compareLimit('exclusiveMaximum', 'EXCLUSIVE_MAXIMUM', writer.exclusiveMaximum, reader.exclusiveMaximum),
    ...compareLimit('exclusiveMinimum', 'EXCLUSIVE_MINIMUM', writer.exclusiveMinimum, reader.exclusiveMinimum),
  ];
  const w = writer.multipleOf;
  const r = reader.multipleOf;
  if (w !== r) {
    let kind: string;
    if (w === undefined) kind = 'MULTIPLE_OF_ADDED';
    else if (r === undefined) kind = 'MULTIPLE_OF_REMOVED';
    else if (isMultiple(r, w)) kind = 'MULTIPLE_OF_EXPANDED';
    else if (isMultiple(w, r)) kind = 'MULTIPLE_OF_REDUCED';
    else kind = 'MULTIPLE_OF_CHANGED';
    found.push(difference(kind, ['multipleOf'], w, r));
  }
  if (writer.integer !== reader.integer) {
    found.push(difference(writer.integer ? 'TYPE_EXTENDED' : 'TYPE_NARROWED', [], writer.integer ? 'integer' : 'number', reader.integer ? 'integer' : 'number'));
  }
  return found;
}

/** Whether `a` is a whole multiple of `b` (so every multiple of `a` is one of `b`). */
function isMultiple(a: number, b: number): boolean {
  const ratio = a / b;
  return Math.abs(ratio - Math.round(ratio)) < 1e-9 && Math.round(ratio) >= 1;
}

/** Confluent's EnumSchemaDiff; `const` counts as a one-value enum. */
export function compareEnums(writer: EnumNode, reader: EnumNode): Difference[] {
  const writerKeys = new Set(writer.keys);
  const readerKeys = new Set(reader.keys);
  const readerHasAll = [...writerKeys].every((key) => readerKeys.has(key));
  const writerHasAll = [...readerKeys].every((key) => writerKeys.has(key));
  if (readerHasAll && writerHasAll) return [];
  const keyword = writer.keyword === 'const' && reader.keyword === 'const' ? 'const' : 'enum';
  const kind = readerHasAll ? 'ENUM_ARRAY_EXTENDED' : writerHasAll ? 'ENUM_ARRAY_NARROWED' : 'ENUM_ARRAY_CHANGED';
  return [difference(kind, [keyword], writer.values, reader.values)];
}

/** Annotation changes: never breaking. */
export function compareMeta(writer: SchemaNode, reader: SchemaNode): Difference[] {
  const found: Difference[] = [];
  const w = writer.meta;
  const r = reader.meta;
  if (w === r) return found;
  if (w.id !== r.id) found.push(difference('ID_CHANGED', [], w.id, r.id));
  if (w.title !== r.title) found.push(difference('TITLE_CHANGED', [], w.title, r.title));
  if (w.description !== r.description) found.push(difference('DESCRIPTION_CHANGED', [], w.description, r.description));
  if (w.hasDefault !== r.hasDefault || !jsonEqual(w.default, r.default)) found.push(difference('DEFAULT_CHANGED', [], w.default, r.default));
  if (!jsonEqual(w.examples, r.examples)) found.push(difference('EXAMPLES_CHANGED', []));
  if (w.comment !== r.comment) found.push(difference('COMMENT_CHANGED', [], w.comment, r.comment));
  return found;
}

/**
 * Keywords not analysed in depth (`propertyNames`, `if`...): adding one may reject old data
 * (KEYWORD_ADDED breaks backward), removing one only relaxes (KEYWORD_REMOVED breaks forward),
 * any other change is KEYWORD_CHANGED and counted as breaking both ways.
 */
export function compareUnmodeled(writer: SchemaNode, reader: SchemaNode): Difference[] {
  if (writer.unmodeled.size === 0 && reader.unmodeled.size === 0) return [];
  const keywords = new Set([...writer.unmodeled.keys(), ...reader.unmodeled.keys()]);
  const found: Difference[] = [];
  for (const keyword of keywords) {
    const was = writer.unmodeled.get(keyword);
    const is = reader.unmodeled.get(keyword);
    if (was === is) continue;
    const kind = was === undefined ? 'KEYWORD_ADDED' : is === undefined ? 'KEYWORD_REMOVED' : 'KEYWORD_CHANGED';
    found.push(difference(kind, [keyword]));
  }
  return found;
}
