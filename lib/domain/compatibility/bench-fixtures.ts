/**
 * Schema pairs for benchmarking compatibility checkers (ours, `@asyncapi/diff`,
 * `json-schema-diff`): pure, deterministic generators of JSON Schema texts.
 */

export interface SchemaPairFixture {
  name: string;
  /** The earlier version's schema text. */
  old: string;
  /** The candidate's schema text. */
  candidate: string;
}

type Json = Record<string, unknown>;

/** A property schema whose shape cycles through the common JSON types. */
function field(index: number, variant: 'old' | 'new'): Json {
  switch (index % 5) {
    case 0:
      return { type: 'string', maxLength: variant === 'old' ? 64 : index % 10 === 0 ? 128 : 64, description: `Field ${index}` };
    case 1:
      return { type: 'integer', minimum: 0 };
    case 2:
      return { type: 'string', format: 'date-time' };
    case 3:
      return { type: 'array', items: { type: 'string', enum: ['a', 'b', 'c'] }, maxItems: 10 };
    default:
      return { type: ['number', 'null'] };
  }
}

function flatObject(count: number, variant: 'old' | 'new', prefix: string): Json {
  const properties: Json = {};
  for (let index = 0; index < count; index += 1) properties[`${prefix}${index}`] = field(index, variant);
  if (variant === 'new') properties[`${prefix}added`] = { type: 'string' };
  return { type: 'object', properties, required: [`${prefix}0`, `${prefix}1`], additionalProperties: false };
}

/**
 * A small event (5 properties): one optional property added, one `maxLength` raised.
 *
 * @example const { old, candidate } = smallSchemaPair();
 */
export function smallSchemaPair(): SchemaPairFixture {
  const schema = (variant: 'old' | 'new'): Json => ({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'OrderPlaced', ...flatObject(5, variant, 'f') });
  return { name: 'small (5 properties)', old: JSON.stringify(schema('old')), candidate: JSON.stringify(schema('new')) };
}

/**
 * A wide event with `properties` flat properties (default 50), same kinds of change.
 *
 * @example wideSchemaPair(50).old.length
 */
export function wideSchemaPair(properties = 50): SchemaPairFixture {
  const schema = (variant: 'old' | 'new'): Json => ({ title: 'CustomerUpdated', ...flatObject(properties, variant, 'p') });
  return { name: `wide (${properties} properties)`, old: JSON.stringify(schema('old')), candidate: JSON.stringify(schema('new')) };
}

/**
 * A nested event with `properties` properties in total (default 500), spread over groups of 25
 * nested two levels deep, with a shared `$defs` address; changes in several groups, one breaking
 * (a type change) deep inside.
 *
 * @example nestedSchemaPair(500).candidate.length
 */
export function nestedSchemaPair(properties = 500): SchemaPairFixture {
  const groupSize = 25;
  const groups = Math.max(1, Math.round(properties / groupSize));
  const schema = (variant: 'old' | 'new'): Json => {
    const top: Json = {};
    for (let group = 0; group < groups; group += 1) {
      const inner = flatObject(groupSize - 1, group % 4 === 0 ? variant : 'old', `g${group}_`);
      if (variant === 'new' && group === groups - 1) (inner.properties as Json)[`g${group}_1`] = { type: 'string' };
      top[`group${group}`] = { type: 'object', properties: { details: inner, address: { $ref: '#/$defs/address' } } };
    }
    return {
      title: 'ShipmentManifest',
      type: 'object',
      properties: top,
      $defs: { address: { type: 'object', properties: { street: { type: 'string' }, zip: { type: 'string', pattern: '^[0-9]{5}$' } }, required: ['zip'] } },
    };
  };
  return { name: `nested (${groups * groupSize} properties)`, old: JSON.stringify(schema('old')), candidate: JSON.stringify(schema('new')) };
}

/** The three pairs the benchmarks compare checkers on. */
export function benchSchemaPairs(): SchemaPairFixture[] {
  return [smallSchemaPair(), wideSchemaPair(50), nestedSchemaPair(500)];
}

/**
 * A long version history: `versions` texts of a 20-property closed event, each adding one
 * optional property, and a candidate adding one more (compatible backward, breaking forward:
 * the shape a busy event's history takes).
 *
 * @example longHistory(150).previous.length // 150
 */
export function longHistory(versions = 150): { name: string; previous: string[]; candidate: string } {
  const schema = flatObject(20, 'old', 'f');
  const properties = schema.properties as Json;
  const previous: string[] = [];
  for (let index = 0; index < versions; index += 1) {
    properties[`added${index}`] = { type: 'string', maxLength: 200 };
    previous.push(JSON.stringify(schema));
  }
  properties.addedLast = { type: 'string', maxLength: 200 };
  return { name: `history of ${versions} versions`, previous, candidate: JSON.stringify(schema) };
}
