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
  const reasons: string[] = [];
  if (story.breaking.backward) reasons.push(whyItBreaks(story.breaking.backward, 'backward'));
  if (story.breaking.forward) reasons.push(whyItBreaks(story.breaking.forward, 'forward'));
  if (reasons.length === 0) return `${what}; compatible in both directions.`;
  if (reasons.length === 1) return `${what}: ${reasons[0]}.`;
  return `${what}: ${reasons[0]}. In the other direction, ${reasons[1]}.`;
}

/** The old → new sentence of each kind with a fixed wording. */
const SENTENCES: Record<string, (c: SentenceParts) => string> = {
  OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL: (c) => `Optional property ${c.field} was added to an open content model`,
  REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL: (c) => `Required property ${c.field} was added to an open content model`,
  REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_OPEN_CONTENT_MODEL: (c) => `Required property ${c.field} (with a default) was added to an open content model`,
  PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL: (c) => `Property ${c.field}, accepting any value, was added to an open content model`,
  OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL: (c) => `Optional property ${c.field} was added to a closed content model`,
  REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL: (c) => `Required property ${c.field} was added to a closed content model`,
  REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL: (c) => `Required property ${c.field} (with a default) was added to a closed content model`,
  PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: (c) => `Property ${c.field} was added, within what the old additionalProperties/patternProperties allowed`,
  PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: (c) => `Property ${c.field} was added with values the old additionalProperties/patternProperties did not allow`,
  PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL: (c) => `Property ${c.field} was removed from an open content model`,
  PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL: (c) => `Property ${c.field} was removed from a closed content model`,
  PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL: (c) => `Forbidden property ${c.field} (schema \`false\`) was removed from a closed content model`,
  PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: (c) => `Property ${c.field} was removed; the new additionalProperties/patternProperties still accept its values`,
  PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: (c) => `Property ${c.field} was removed and the new additionalProperties/patternProperties do not accept its values`,
  REQUIRED_ATTRIBUTE_ADDED: (c) => `Property ${c.field} became required`,
  REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED: (c) => `Property ${c.field} became required (it has a default)`,
  REQUIRED_ATTRIBUTE_REMOVED: (c) => `Property ${c.field} is no longer required`,
  ITEM_ADDED_TO_OPEN_CONTENT_MODEL: (c) => `Positional item ${c.field} was added to an open tuple`,
  ITEM_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL: (c) => `Positional item ${c.field}, accepting any value, was added to an open tuple`,
  ITEM_ADDED_TO_CLOSED_CONTENT_MODEL: (c) => `Positional item ${c.field} was added to a closed tuple`,
  ITEM_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: (c) => `Positional item ${c.field} was added, within what the old additional items allowed`,
  ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: (c) => `Positional item ${c.field} was added with values the old additional items did not allow`,
  ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL: (c) => `Positional item ${c.field} was removed from an open tuple`,
  ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL: (c) => `Positional item ${c.field} was removed from a closed tuple`,
  ITEM_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL: (c) => `Forbidden positional item ${c.field} was removed from a closed tuple`,
  ITEM_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: (c) => `Positional item ${c.field} was removed; the new additional items still accept its values`,
  ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: (c) => `Positional item ${c.field} was removed and the new additional items do not accept its values`,
  ADDITIONAL_PROPERTIES_ADDED: (c) => `${capital(c.owner)} now accepts undeclared properties`,
  ADDITIONAL_PROPERTIES_REMOVED: (c) => `${capital(c.owner)} no longer accepts undeclared properties (\`additionalProperties: false\`)`,
  ADDITIONAL_PROPERTIES_EXTENDED: (c) => `${capital(c.owner)} now accepts undeclared properties of any type`,
  ADDITIONAL_PROPERTIES_NARROWED: (c) => `${capital(c.owner)} now constrains undeclared properties with an \`additionalProperties\` schema`,
  ADDITIONAL_ITEMS_ADDED: (c) => `${capital(c.owner)} now accepts items past its positional ones`,
  ADDITIONAL_ITEMS_REMOVED: (c) => `${capital(c.owner)} no longer accepts items past its positional ones`,
  ADDITIONAL_ITEMS_EXTENDED: (c) => `${capital(c.owner)} now accepts any value past its positional items`,
  ADDITIONAL_ITEMS_NARROWED: (c) => `${capital(c.owner)} now constrains items past its positional ones`,
  SCHEMA_ADDED: (c) => `${capital(c.field)} now has an item schema`,
  SCHEMA_REMOVED: (c) => `${capital(c.field)} no longer has an item schema`,
  TYPE_CHANGED: (c) => `The type of ${c.field} changed from ${c.oldValue ?? '?'} to ${c.newValue ?? '?'}`,
  TYPE_NARROWED: (c) => `The type of ${c.field} narrowed from ${c.oldValue ?? 'number'} to ${c.newValue ?? 'integer'}`,
  TYPE_EXTENDED: (c) => `The type of ${c.field} widened from ${c.oldValue ?? 'integer'} to ${c.newValue ?? 'number'}`,
  SUM_TYPE_EXTENDED: (c) => `${capital(c.field)} accepts more alternatives (anyOf/oneOf or a type list)`,
  SUM_TYPE_NARROWED: (c) => `${capital(c.field)} accepts fewer alternatives (anyOf/oneOf or a type list)`,
  PRODUCT_TYPE_EXTENDED: (c) => `${capital(c.field)} must satisfy more combined constraints (allOf, or keywords such as \`enum\` beside \`type\`)`,
  PRODUCT_TYPE_NARROWED: (c) => `${capital(c.field)} must satisfy fewer combined constraints (allOf, or keywords such as \`enum\` beside \`type\`)`,
  COMBINED_TYPE_EXTENDED: (c) => `${capital(c.field)} switched from \`${String(c.oldValue)}\` to the more lenient \`${String(c.newValue)}\``,
  COMBINED_TYPE_CHANGED: (c) => `${capital(c.field)} switched from \`${String(c.oldValue)}\` to \`${String(c.newValue)}\``,
  COMBINED_TYPE_SUBSCHEMAS_CHANGED: (c) => `The \`${String(c.oldValue ?? c.newValue)}\` subschemas of ${c.field} changed`,
  NOT_TYPE_EXTENDED: (c) => `The \`not\` of ${c.owner} now excludes more values`,
  NOT_TYPE_NARROWED: (c) => `The \`not\` of ${c.owner} now excludes fewer values`,
  ENUM_ARRAY_EXTENDED: (c) => `The allowed values of ${c.owner} grew from ${show(c.oldValue)} to ${show(c.newValue)}`,
  ENUM_ARRAY_NARROWED: (c) => `The allowed values of ${c.owner} shrank from ${show(c.oldValue)} to ${show(c.newValue)}`,
  ENUM_ARRAY_CHANGED: (c) => `The allowed values of ${c.owner} changed from ${show(c.oldValue)} to ${show(c.newValue)}`,
  DEPENDENCY_SCHEMA_ADDED: (c) => `A schema now applies to ${c.owner} when ${c.field} is present`,
  DEPENDENCY_SCHEMA_REMOVED: (c) => `The schema that applied when ${c.field} is present was removed`,
  PATTERN_PROPERTY_ADDED: (c) => `Properties matching ${show(c.keyword)} are now constrained`,
  PATTERN_PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL: (c) => `Properties matching ${show(c.keyword)} are now accepted by a closed content model`,
  PATTERN_PROPERTY_REMOVED: (c) => `The schema for properties matching ${show(c.keyword)} was removed`,
  PATTERN_PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL: (c) => `The schema for properties matching ${show(c.keyword)} was removed from an open content model`,
  UNIQUE_ITEMS_ADDED: (c) => `${capital(c.owner)} now requires unique items`,
  UNIQUE_ITEMS_REMOVED: (c) => `${capital(c.owner)} no longer requires unique items`,
  KEYWORD_ADDED: (c) => `\`${c.keyword}\` was added to ${c.owner}`,
  KEYWORD_REMOVED: (c) => `\`${c.keyword}\` was removed from ${c.owner}`,
  KEYWORD_CHANGED: (c) => `\`${c.keyword}\` of ${c.owner} changed`,
  ID_CHANGED: (c) => `The \`$id\` of ${c.field} changed`,
  TITLE_CHANGED: (c) => `The title of ${c.field} changed`,
  DESCRIPTION_CHANGED: (c) => `The description of ${c.field} changed`,
  DEFAULT_CHANGED: (c) => `The default of ${c.field} changed`,
  EXAMPLES_CHANGED: (c) => `The examples of ${c.field} changed`,
  COMMENT_CHANGED: (c) => `The \`$comment\` of ${c.field} changed`,
};

/** The names a sentence may use, each worked out only if the sentence asks for it. */
class SentenceParts {
  constructor(
    private readonly segments: string[],
    readonly oldValue: unknown,
    readonly newValue: unknown,
  ) {}

  /** The data the changed keyword constrains (`customer.email`). */
  get field(): string {
    return describeField(this.segments);
  }

  /** The data whose schema holds the changed keyword. */
  get owner(): string {
    return describeField(this.segments.slice(0, -1));
  }

  /** The changed keyword itself (the path's last segment). */
  get keyword(): string {
    return this.segments[this.segments.length - 1] ?? '';
  }
}

function whatChanged({ kind, segments, oldValue, newValue }: ChangeStory): string {
  const parts = new SentenceParts(segments, oldValue, newValue);
  const sentence = SENTENCES[kind];
  if (sentence) return sentence(parts);
  if (kind.startsWith('DEPENDENCY_ARRAY_')) {
    return `The properties required together with ${parts.field} changed from ${show(oldValue ?? [])} to ${show(newValue ?? [])}`;
  }
  const limit = /_(ADDED|REMOVED|INCREASED|DECREASED|CHANGED|EXPANDED|REDUCED)$/.exec(kind);
  if (limit) {
    const verb = limit[1]!;
    const { keyword, owner } = parts;
    if (verb === 'ADDED') return `\`${keyword}: ${JSON.stringify(newValue)}\` was added to ${owner}`;
    if (verb === 'REMOVED') return `\`${keyword}\` (was ${JSON.stringify(oldValue)}) was removed from ${owner}`;
    if (oldValue !== undefined || newValue !== undefined) {
      return `\`${keyword}\` of ${owner} ${verb.toLowerCase()} from ${JSON.stringify(oldValue)} to ${JSON.stringify(newValue)}`;
    }
    return `\`${keyword}\` of ${owner} changed`;
  }
  return `${kind} at ${parts.field}`;
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
