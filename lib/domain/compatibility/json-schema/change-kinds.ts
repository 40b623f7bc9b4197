/**
 * The change kinds that do not break a reader, in Confluent's `SchemaDiff.COMPATIBLE_CHANGES`
 * sense (kinds are named from writer → reader: `compare(writer, reader)`), plus the few kinds this
 * checker adds (marked below). Every other kind breaks.
 */
export const COMPATIBLE_CHANGES: ReadonlySet<string> = new Set([
  'ID_CHANGED', 'DESCRIPTION_CHANGED', 'TITLE_CHANGED', 'DEFAULT_CHANGED', 'SCHEMA_REMOVED', 'TYPE_EXTENDED',
  'MAX_LENGTH_INCREASED', 'MAX_LENGTH_REMOVED', 'MIN_LENGTH_DECREASED', 'MIN_LENGTH_REMOVED', 'PATTERN_REMOVED',
  'MAXIMUM_INCREASED', 'MAXIMUM_REMOVED', 'MINIMUM_DECREASED', 'MINIMUM_REMOVED',
  'EXCLUSIVE_MAXIMUM_INCREASED', 'EXCLUSIVE_MAXIMUM_REMOVED', 'EXCLUSIVE_MINIMUM_DECREASED', 'EXCLUSIVE_MINIMUM_REMOVED',
  'MULTIPLE_OF_REDUCED', 'MULTIPLE_OF_REMOVED',
  'REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED', 'REQUIRED_ATTRIBUTE_REMOVED',
  'DEPENDENCY_ARRAY_NARROWED', 'DEPENDENCY_ARRAY_REMOVED', 'DEPENDENCY_SCHEMA_REMOVED',
  'MAX_PROPERTIES_INCREASED', 'MAX_PROPERTIES_REMOVED', 'MIN_PROPERTIES_DECREASED', 'MIN_PROPERTIES_REMOVED',
  'ADDITIONAL_PROPERTIES_ADDED', 'ADDITIONAL_PROPERTIES_EXTENDED',
  'PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL', 'REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL',
  'OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL', 'PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL',
  'PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL', 'PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL',
  'PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL',
  'MAX_ITEMS_INCREASED', 'MAX_ITEMS_REMOVED', 'MIN_ITEMS_DECREASED', 'MIN_ITEMS_REMOVED', 'UNIQUE_ITEMS_REMOVED',
  'MAX_CONTAINS_INCREASED', 'MAX_CONTAINS_REMOVED', 'MIN_CONTAINS_DECREASED', 'MIN_CONTAINS_REMOVED',
  'ADDITIONAL_ITEMS_ADDED', 'ADDITIONAL_ITEMS_EXTENDED', 'ITEM_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL',
  'ITEM_ADDED_TO_CLOSED_CONTENT_MODEL', 'ITEM_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL', 'ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL',
  'ITEM_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL', 'ITEM_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL',
  'ENUM_ARRAY_EXTENDED', 'COMBINED_TYPE_EXTENDED', 'PRODUCT_TYPE_NARROWED', 'SUM_TYPE_EXTENDED', 'NOT_TYPE_NARROWED',
  // Added by this checker (Confluent does not look at these keywords):
  'FORMAT_REMOVED', 'EXAMPLES_CHANGED', 'COMMENT_CHANGED', 'KEYWORD_REMOVED',
  'PATTERN_PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL', 'PATTERN_PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL',
]);

/** Whether a change of this kind, found by `compare(writer, reader)`, lets the reader read everything. */
export function isCompatibleKind(kind: string): boolean {
  return COMPATIBLE_CHANGES.has(kind);
}

const SHAPE_FAMILIES = new Set(['TYPE', 'SUM_TYPE', 'PRODUCT_TYPE', 'COMBINED_TYPE', 'COMBINED_TYPE_SUBSCHEMAS', 'SCHEMA']);
const SUFFIX = /_(ADDED|REMOVED|INCREASED|DECREASED|EXTENDED|NARROWED|CHANGED|EXPANDED|REDUCED)$/;

/**
 * What a kind is about, whatever the direction: the backward and forward comparisons of one
 * edit produce kinds of the same family at the same path (`MAX_LENGTH_DECREASED` / `_INCREASED`).
 */
export function kindFamily(kind: string): string {
  let family = FAMILIES.get(kind);
  if (family === undefined) FAMILIES.set(kind, (family = familyOf(kind)));
  return family;
}

/** Kinds are a small fixed set: each one's family is worked out once. */
const FAMILIES = new Map<string, string>();

function familyOf(kind: string): string {
  if (kind.includes('PATTERN_PROPERTY')) return 'PATTERN_PROPERTY';
  if (kind.includes('PROPERTY') && kind.includes('CONTENT_MODEL')) return 'PROPERTY';
  if (kind.startsWith('ITEM_') && kind.includes('CONTENT_MODEL')) return 'ITEM';
  if (kind.startsWith('REQUIRED_ATTRIBUTE')) return 'REQUIRED';
  const family = kind.replace(SUFFIX, '');
  return SHAPE_FAMILIES.has(family) ? 'SHAPE' : family;
}

const INVERSE_WORD: Record<string, string> = {
  ADDED: 'REMOVED', REMOVED: 'ADDED', INCREASED: 'DECREASED', DECREASED: 'INCREASED',
  EXTENDED: 'NARROWED', NARROWED: 'EXTENDED', EXPANDED: 'REDUCED', REDUCED: 'EXPANDED', CHANGED: 'CHANGED',
};

/**
 * The kind a forward-only finding (found comparing new → old) has when told from old → new.
 *
 * @example invertKind('MAX_LENGTH_INCREASED') // 'MAX_LENGTH_DECREASED'
 */
export function invertKind(kind: string): string {
  const match = SUFFIX.exec(kind);
  if (!match || kind.includes('CONTENT_MODEL')) return kind;
  return kind.slice(0, match.index) + '_' + INVERSE_WORD[match[1]!];
}
