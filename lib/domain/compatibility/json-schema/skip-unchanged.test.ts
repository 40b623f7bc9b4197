import { describe, expect, it } from 'vitest';
import { checkCompatibility } from '../check-compatibility';
import { benchSchemaPairs } from '../bench-fixtures';
import { analysePair, analyseUncached } from './analyse-pair';
import { DEFAULT_MAX_STEPS } from './diff-context';
import { readJsonSchema } from './parse-json-schema';
import { prng, type Random } from '../test-prng';

type Json = Record<string, unknown>;

const LEAVES: Json[] = [{ type: 'string' }, { type: 'string', maxLength: 8 }, { type: 'integer' }, { type: 'number', minimum: 0 }, { type: ['string', 'null'] }, { enum: ['a', 'b'] }];
const REFS = ['#/$defs/a', '#/$defs/b', '#/$defs/node'];

/** A random schema over a few shared `$defs` (one recursive), so `$ref`s are everywhere. */
function randomSchema(random: Random): Json {
  const property = (depth: number): Json => {
    const roll = random.next();
    if (roll < 0.3) return { $ref: random.pick(REFS) };
    if (roll < 0.45 && depth < 2) return object(depth + 1);
    if (roll < 0.55) return { type: 'array', items: property(depth + 1) };
    return { ...random.pick(LEAVES) };
  };
  const object = (depth: number): Json => {
    const properties: Json = {};
    for (const name of ['p', 'q', 'r', 's']) if (random.next() < 0.75) properties[name] = property(depth);
    const schema: Json = { type: 'object', properties, required: Object.keys(properties).filter(() => random.next() < 0.3) };
    if (random.next() < 0.4) schema.additionalProperties = false;
    return schema;
  };
  return {
    ...object(0),
    $defs: {
      a: { ...random.pick(LEAVES) },
      b: object(1),
      node: { type: 'object', properties: { value: { ...random.pick(LEAVES) }, next: { $ref: '#/$defs/node' } } },
    },
  };
}

/** One small edit somewhere (often only inside `$defs`, which the `$ref`s see). */
function mutate(random: Random, schema: Json): Json {
  const copy = structuredClone(schema);
  const defs = copy.$defs as Record<string, Json>;
  const target = random.pick([copy, defs.b!, defs.node!.properties as Json, defs, copy.properties as Json]);
  const key = random.pick(Object.keys(target).length ? Object.keys(target) : ['p']);
  const roll = random.next();
  if (roll < 0.5 && target !== copy && target !== defs.b) target[key] = { ...random.pick(LEAVES) };
  else if (roll < 0.7) defs.a = { ...random.pick(LEAVES) };
  else if (roll < 0.85) (defs.node!.properties as Json).value = { ...random.pick(LEAVES) };
  else copy.additionalProperties = copy.additionalProperties === false ? true : false;
  return copy;
}

function bothWays(old: unknown, next: unknown) {
  const [a, b] = [readJsonSchema(old), readJsonSchema(next)];
  return {
    skipping: analyseUncached(a, b, DEFAULT_MAX_STEPS, true).changes,
    comparingAll: analyseUncached(readJsonSchema(old), readJsonSchema(next), DEFAULT_MAX_STEPS, false).changes,
  };
}

describe('skipping unchanged declarations', () => {
  it('gives the same changes as comparing everything, on the benchmark pairs', () => {
    for (const pair of benchSchemaPairs()) {
      const { skipping, comparingAll } = bothWays(JSON.parse(pair.old), JSON.parse(pair.candidate));
      expect(skipping).toEqual(comparingAll);
      expect(skipping.length).toBeGreaterThan(0);
    }
  });

  it('gives the same changes as comparing everything, on 300 generated pairs with shared $defs', () => {
    const random = prng(4);
    let changed = 0;
    for (let index = 0; index < 300; index += 1) {
      const old = randomSchema(random);
      const next = mutate(random, old);
      const { skipping, comparingAll } = bothWays(old, next);
      expect(skipping, JSON.stringify({ old, next })).toEqual(comparingAll);
      if (skipping.length > 0) changed += 1;
    }
    expect(changed).toBeGreaterThan(100); // the generator really produces changes
  });

  it('reports a break behind a $ref whose text is unchanged, in both directions and on the second ask too', () => {
    const schema = (zip: Json) => ({
      type: 'object',
      properties: { billing: { $ref: '#/$defs/address' }, shipping: { $ref: '#/$defs/address' } },
      $defs: { address: { type: 'object', properties: { zip: zip }, additionalProperties: false } },
    });
    const report = checkCompatibility({ format: 'json-schema', mode: 'FULL', previous: [schema({ type: 'string' })], candidate: schema({ type: 'integer' }), parsed: true }, { counterexamples: false });
    expect(report.compatible).toBe(false);
    expect(report.changes.map((change) => `${change.kind} ${change.path} ${change.breaks.backward} ${change.breaks.forward}`)).toEqual([
      'TYPE_CHANGED /properties/billing/properties/zip true true',
      'TYPE_CHANGED /properties/shipping/properties/zip true true',
    ]);
    // The analysis kept on the old document is the one a second ask gets (no second walk).
    const [a, b] = [readJsonSchema(schema({ type: 'string' })), readJsonSchema(schema({ type: 'integer' }))];
    expect(analysePair(a, b)).toBe(analysePair(a, b));
  });
});
