import type { Direction } from '../types';
import type { Difference } from './diff-context';
import { describeField } from './schema-path';

/** Everything a sentence about one change needs. */
export interface ChangeStory {
  /** The kind, told from old → new. */
  kind: string;
  segments: string[];
  oldValue?: unknown;
  newValue?: unknown;
  /** The breaking finding of each direction's comparison, if that direction breaks. */
  breaking: Partial<Record<Direction, Difference>>;
}

const show = (value: unknown): string => (typeof value === 'string' ? `\`${value}\`` : `\`${JSON.stringify(value)}\``);

/**
 * One or two sentences: what changed (old → new), then why it breaks in each breaking direction,
 * or that it is safe.
 *
 * @example describeChange({ kind: 'MAX_LENGTH_DECREASED', segments: ['properties', 'name', 'maxLength'], oldValue: 10, newValue: 5, breaking: {} })
 */
export function describeChange(story: ChangeStory): string {
  const what = whatChanged(story);
  const reasons = (['backward', 'forward'] as const)
    .filter((direction) => story.breaking[direction])
    .map((direction) => whyItBreaks(story.breaking[direction]!, direction));
  if (reasons.length === 0) return `${what}; compatible in both directions.`;
  if (reasons.length === 1) return `${what}: ${reasons[0]}.`;
  return `${what}: ${reasons[0]}. In the other direction, ${reasons[1]}.`;
}

function whatChanged({ kind, segments, oldValue, newValue }: ChangeStory): string {
  const keyword = segments[segments.length - 1] ?? '';
  const owner = describeField(segments.slice(0, -1));
  const field = describeField(segments);
  const contentModel: Record<string, string> = {
    OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL: `Optional property ${field} was added to an open content model`,
    REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL: `Required property ${field} was added to an open content model`,
    REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_OPEN_CONTENT_MODEL: `Required property ${field} (with a default) was added to an open content model`,
    PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL: `Property ${field}, accepting any value, was added to an open content model`,
    OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL: `Optional property ${field} was added to a closed content model`,
    REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL: `Required property ${field} was added to a closed content model`,
    REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL: `Required property ${field} (with a default) was added to a closed content model`,
    PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: `Property ${field} was added, within what the old additionalProperties/patternProperties allowed`,
    PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: `Property ${field} was added with values the old additionalProperties/patternProperties did not allow`,
    PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL: `Property ${field} was removed from an open content model`,
    PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL: `Property ${field} was removed from a closed content model`,
    PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL: `Forbidden property ${field} (schema \`false\`) was removed from a closed content model`,
    PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: `Property ${field} was removed; the new additionalProperties/patternProperties still accept its values`,
    PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: `Property ${field} was removed and the new additionalProperties/patternProperties do not accept its values`,
    REQUIRED_ATTRIBUTE_ADDED: `Property ${field} became required`,
    REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED: `Property ${field} became required (it has a default)`,
    REQUIRED_ATTRIBUTE_REMOVED: `Property ${field} is no longer required`,
    ITEM_ADDED_TO_OPEN_CONTENT_MODEL: `Positional item ${field} was added to an open tuple`,
    ITEM_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL: `Positional item ${field}, accepting any value, was added to an open tuple`,
    ITEM_ADDED_TO_CLOSED_CONTENT_MODEL: `Positional item ${field} was added to a closed tuple`,
    ITEM_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: `Positional item ${field} was added, within what the old additional items allowed`,
    ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: `Positional item ${field} was added with values the old additional items did not allow`,
    ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL: `Positional item ${field} was removed from an open tuple`,
    ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL: `Positional item ${field} was removed from a closed tuple`,
    ITEM_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL: `Forbidden positional item ${field} was removed from a closed tuple`,
    ITEM_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: `Positional item ${field} was removed; the new additional items still accept its values`,
    ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: `Positional item ${field} was removed and the new additional items do not accept its values`,
    ADDITIONAL_PROPERTIES_ADDED: `${capital(owner)} now accepts undeclared properties`,
    ADDITIONAL_PROPERTIES_REMOVED: `${capital(owner)} no longer accepts undeclared properties (\`additionalProperties: false\`)`,
    ADDITIONAL_PROPERTIES_EXTENDED: `${capital(owner)} now accepts undeclared properties of any type`,
    ADDITIONAL_PROPERTIES_NARROWED: `${capital(owner)} now constrains undeclared properties with an \`additionalProperties\` schema`,
    ADDITIONAL_ITEMS_ADDED: `${capital(owner)} now accepts items past its positional ones`,
    ADDITIONAL_ITEMS_REMOVED: `${capital(owner)} no longer accepts items past its positional ones`,
    ADDITIONAL_ITEMS_EXTENDED: `${capital(owner)} now accepts any value past its positional items`,
    ADDITIONAL_ITEMS_NARROWED: `${capital(owner)} now constrains items past its positional ones`,
    SCHEMA_ADDED: `${capital(field)} now has an item schema`,
    SCHEMA_REMOVED: `${capital(field)} no longer has an item schema`,
    TYPE_CHANGED: `The type of ${field} changed from ${oldValue ?? '?'} to ${newValue ?? '?'}`,
    TYPE_NARROWED: `The type of ${field} narrowed from ${oldValue ?? 'number'} to ${newValue ?? 'integer'}`,
    TYPE_EXTENDED: `The type of ${field} widened from ${oldValue ?? 'integer'} to ${newValue ?? 'number'}`,
    SUM_TYPE_EXTENDED: `${capital(field)} accepts more alternatives (anyOf/oneOf or a type list)`,
    SUM_TYPE_NARROWED: `${capital(field)} accepts fewer alternatives (anyOf/oneOf or a type list)`,
    PRODUCT_TYPE_EXTENDED: `${capital(field)} must satisfy more combined constraints (allOf, or keywords such as \`enum\` beside \`type\`)`,
    PRODUCT_TYPE_NARROWED: `${capital(field)} must satisfy fewer combined constraints (allOf, or keywords such as \`enum\` beside \`type\`)`,
    COMBINED_TYPE_EXTENDED: `${capital(field)} switched from \`${String(oldValue)}\` to the more lenient \`${String(newValue)}\``,
    COMBINED_TYPE_CHANGED: `${capital(field)} switched from \`${String(oldValue)}\` to \`${String(newValue)}\``,
    COMBINED_TYPE_SUBSCHEMAS_CHANGED: `The \`${String(oldValue ?? newValue)}\` subschemas of ${field} changed`,
    NOT_TYPE_EXTENDED: `The \`not\` of ${owner} now excludes more values`,
    NOT_TYPE_NARROWED: `The \`not\` of ${owner} now excludes fewer values`,
    ENUM_ARRAY_EXTENDED: `The allowed values of ${owner} grew from ${show(oldValue)} to ${show(newValue)}`,
    ENUM_ARRAY_NARROWED: `The allowed values of ${owner} shrank from ${show(oldValue)} to ${show(newValue)}`,
    ENUM_ARRAY_CHANGED: `The allowed values of ${owner} changed from ${show(oldValue)} to ${show(newValue)}`,
    DEPENDENCY_SCHEMA_ADDED: `A schema now applies to ${owner} when ${field} is present`,
    DEPENDENCY_SCHEMA_REMOVED: `The schema that applied when ${field} is present was removed`,
    PATTERN_PROPERTY_ADDED: `Properties matching ${show(keyword)} are now constrained`,
    PATTERN_PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL: `Properties matching ${show(keyword)} are now accepted by a closed content model`,
    PATTERN_PROPERTY_REMOVED: `The schema for properties matching ${show(keyword)} was removed`,
    PATTERN_PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL: `The schema for properties matching ${show(keyword)} was removed from an open content model`,
    UNIQUE_ITEMS_ADDED: `${capital(owner)} now requires unique items`,
    UNIQUE_ITEMS_REMOVED: `${capital(owner)} no longer requires unique items`,
    KEYWORD_ADDED: `\`${keyword}\` was added to ${owner}`,
    KEYWORD_REMOVED: `\`${keyword}\` was removed from ${owner}`,
    KEYWORD_CHANGED: `\`${keyword}\` of ${owner} changed`,
    ID_CHANGED: `The \`$id\` of ${field} changed`,
    TITLE_CHANGED: `The title of ${field} changed`,
    DESCRIPTION_CHANGED: `The description of ${field} changed`,
    DEFAULT_CHANGED: `The default of ${field} changed`,
    EXAMPLES_CHANGED: `The examples of ${field} changed`,
    COMMENT_CHANGED: `The \`$comment\` of ${field} changed`,
  };
  const known = contentModel[kind];
  if (known) return known;
  if (kind.startsWith('DEPENDENCY_ARRAY_')) {
    return `The properties required together with ${field} changed from ${show(oldValue ?? [])} to ${show(newValue ?? [])}`;
  }
  const limit = /_(ADDED|REMOVED|INCREASED|DECREASED|CHANGED|EXPANDED|REDUCED)$/.exec(kind);
  if (limit) {
    const verb = limit[1]!;
    if (verb === 'ADDED') return `\`${keyword}: ${JSON.stringify(newValue)}\` was added to ${owner}`;
    if (verb === 'REMOVED') return `\`${keyword}\` (was ${JSON.stringify(oldValue)}) was removed from ${owner}`;
    if (oldValue !== undefined || newValue !== undefined) {
      return `\`${keyword}\` of ${owner} ${verb.toLowerCase()} from ${JSON.stringify(oldValue)} to ${JSON.stringify(newValue)}`;
    }
    return `\`${keyword}\` of ${owner} changed`;
  }
  return `${kind} at ${field}`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Why a breaking finding breaks, told for its direction (writer = producers, reader = consumers). */
function whyItBreaks(finding: Difference, direction: Direction): string {
  const backward = direction === 'backward';
  const W = backward ? 'old producers' : 'new producers';
  const R = backward ? 'a consumer on the new schema' : 'a consumer on the old schema';
  const field = describeField(finding.path);
  const keyword = finding.path[finding.path.length - 1] ?? '';
  const kind = finding.kind;
  if (kind.endsWith('PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL')) return `${W} ${backward ? 'could already send' : 'may send'} ${field} with any type, so ${R} may reject it`;
  if (kind.startsWith('REQUIRED_PROPERTY_ADDED') || kind === 'REQUIRED_ATTRIBUTE_ADDED') return `${W} may leave out ${field}, which ${R} requires`;
  if (kind === 'PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL') return `${W} may send ${field}, which ${R} rejects because its content model is closed`;
  if (kind.startsWith('PROPERTY_') && kind.includes('NOT_COVERED')) return `${W} may send ${field} with values that ${R} does not accept there`;
  if (kind === 'ITEM_ADDED_TO_OPEN_CONTENT_MODEL') return `${W} may send any value at ${field}, which ${R} now constrains`;
  if (kind === 'ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL') return `${W} may send an item at ${field}, which ${R} rejects because its tuple is closed`;
  if (kind.startsWith('ITEM_') && kind.includes('NOT_COVERED')) return `${W} may send items at ${field} that ${R} does not accept there`;
  if (kind === 'ADDITIONAL_PROPERTIES_REMOVED') return `${W} may send undeclared properties, which ${R} rejects`;
  if (kind === 'ADDITIONAL_PROPERTIES_NARROWED') return `${W} may send undeclared properties of any type, and ${R} only accepts ones matching its additionalProperties schema`;
  if (kind === 'ADDITIONAL_ITEMS_REMOVED' || kind === 'ADDITIONAL_ITEMS_NARROWED') return `${W} may send extra items that ${R} rejects`;
  if (kind === 'SCHEMA_ADDED') return `${W} may send items of any kind, which ${R} now constrains`;
  if (kind === 'TYPE_CHANGED') return `${W} may send ${String(finding.writer)} values where ${R} expects ${String(finding.reader)}`;
  if (kind === 'TYPE_NARROWED') return `${W} may send non-integer numbers, which ${R} rejects`;
  if (kind === 'SUM_TYPE_NARROWED') return `${W} may send a value of an alternative that ${R} no longer accepts`;
  if (kind === 'PRODUCT_TYPE_EXTENDED') return `values from ${W} need not meet the extra constraints (allOf, or \`enum\` beside \`type\`) that ${R} checks`;
  if (kind === 'COMBINED_TYPE_CHANGED') return `${R} combines the subschemas with \`${String(finding.reader)}\` instead of \`${String(finding.writer)}\`, so some values ${W} may send no longer validate`;
  if (kind === 'COMBINED_TYPE_SUBSCHEMAS_CHANGED') return `not every subschema ${W} used has a compatible counterpart for ${R}`;
  if (kind === 'NOT_TYPE_EXTENDED') return `${R} excludes values that ${W} may send`;
  if (kind === 'ENUM_ARRAY_NARROWED' || kind === 'ENUM_ARRAY_CHANGED') {
    const readerValues = new Set(((finding.reader as unknown[]) ?? []).map((value) => JSON.stringify(value)));
    const lost = ((finding.writer as unknown[]) ?? []).filter((value) => !readerValues.has(JSON.stringify(value)));
    return `${W} may send ${lost.slice(0, 3).map(show).join(', ')}, which ${R} does not accept`;
  }
  if (kind.startsWith('DEPENDENCY_ARRAY')) return `${R} requires more properties alongside ${field}, which messages from ${W} may lack`;
  if (kind === 'DEPENDENCY_SCHEMA_ADDED') return `${R} applies a new schema when ${field} is present, which messages from ${W} need not satisfy`;
  if (kind === 'UNIQUE_ITEMS_ADDED') return `${W} may send arrays with duplicate items, which ${R} rejects`;
  if (kind === 'PATTERN_PROPERTY_ADDED') return `${W} may send properties matching ${show(keyword)} with any value, which ${R} now constrains`;
  if (kind === 'PATTERN_PROPERTY_REMOVED') return `${W} may send properties matching ${show(keyword)} that ${R} no longer accepts`;
  if (kind === 'KEYWORD_ADDED') return `this checker does not analyse \`${keyword}\` in depth, and messages from ${W} need not satisfy the \`${keyword}\` that ${R} checks`;
  if (kind === 'KEYWORD_CHANGED') return `this checker does not analyse \`${keyword}\` in depth and cannot show the change is safe`;
  if (finding.reader !== undefined && typeof finding.reader !== 'object') {
    return `${W} may send values that violate \`${keyword}: ${JSON.stringify(finding.reader)}\`, which ${R} enforces`;
  }
  return `${W} may send data that ${R} rejects`;
}
