import { describe, expect, it } from 'vitest';
import { checkCompatibility } from '../check-compatibility';
import { benchSchemaPairs } from '../bench-fixtures';
import { analysePair, analyseUncached } from './analyse-pair';
import { DEFAULT_MAX_STEPS } from './diff-context';
import { readJsonSchema } from './parse-json-schema';
import { prng } from '../test-prng';
import { mutate, randomSchema } from './random-schemas';

type Json = Record<string, unknown>;

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
