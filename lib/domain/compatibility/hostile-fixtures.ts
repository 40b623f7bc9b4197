/**
 * Hostile schema pairs the checker must refuse or decide quickly (the hostile-input tests assert
 * the outcome, the bench times them): pure, deterministic generators of JSON Schema texts.
 */

export interface HostilePair {
  name: string;
  previous: string;
  candidate: string;
}

/**
 * `levels` nested `oneOf`s, each offering the level below twice (once with a description) and
 * `null`: the text doubles with every level (15 levels ≈ 2 MB) and no two subschemas are the
 * same object, so only a budget that counts real work stops it.
 *
 * @example nestedOneOfText(3).length
 */
export function nestedOneOfText(levels: number): string {
  let schema: Record<string, unknown> = { type: 'string' };
  for (let level = 0; level < levels; level += 1) {
    schema = { oneOf: [schema, { ...schema, description: 'x' }, { type: 'null' }] };
  }
  return JSON.stringify(schema);
}

/**
 * An object with `count` properties, each a string with the catastrophic-backtracking pattern
 * `(a+)+$`.
 *
 * @example JSON.parse(backtrackingPatternsText(2)).properties.p1.pattern // '(a+)+$'
 */
export function backtrackingPatternsText(count: number): string {
  const properties: Record<string, unknown> = {};
  for (let index = 0; index < count; index += 1) properties[`p${index}`] = { type: 'string', pattern: '(a+)+$' };
  return JSON.stringify({ type: 'object', properties });
}

/**
 * A closed object with `count` required string properties whose `pattern` and `format` contradict
 * (no value is valid), at `maxLength`: lowering it breaks every property, yet no counterexample
 * exists, so a counterexample search runs to its limits.
 *
 * @example JSON.parse(unsatisfiablePropertiesText(2, 10)).required // ['p0', 'p1']
 */
export function unsatisfiablePropertiesText(count: number, maxLength: number): string {
  const properties: Record<string, unknown> = {};
  for (let index = 0; index < count; index += 1) properties[`p${index}`] = { type: 'string', maxLength, pattern: '^[a-z]*$', format: 'email' };
  return JSON.stringify({ type: 'object', properties, required: Object.keys(properties), additionalProperties: false });
}

const OPEN_OBJECT = '{"type":"object"}';

/** Each hostile schema as the old version, the new one, and both. */
function everyRole(name: string, hostile: string, plain: string): HostilePair[] {
  return [
    { name: `${name} as old`, previous: hostile, candidate: plain },
    { name: `${name} as new`, previous: plain, candidate: hostile },
    { name: `${name} as both`, previous: hostile, candidate: hostile },
  ];
}

/**
 * The hostile pairs: nested oneOfs 13 to 16 levels deep (≈0.5 to 4 MB; the HTTP body limit is
 * 1 MB) against `{"type":"string"}`, 5,000 backtracking patterns against an open object, and
 * 4,000 unsatisfiable properties whose `maxLength` is lowered.
 *
 * @example hostilePairs().length // 13
 */
export function hostilePairs(): HostilePair[] {
  return [
    ...[13, 15, 16].flatMap((levels) => everyRole(`${levels} nested oneOfs (${Math.round(nestedOneOfText(levels).length / 1024)} KB)`, nestedOneOfText(levels), '{"type":"string"}')),
    ...everyRole('5,000 properties with pattern (a+)+$', backtrackingPatternsText(5000), OPEN_OBJECT),
    { name: '4,000 unsatisfiable required properties, maxLength lowered', previous: unsatisfiablePropertiesText(4000, 10), candidate: unsatisfiablePropertiesText(4000, 5) },
  ];
}
