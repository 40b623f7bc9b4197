import { describe, expect, it } from 'vitest';
import { COMPATIBILITY_MODES, type CompatibilityMode } from '../../model';
import { checkCompatibility, isTransitive, MODE_DIRECTIONS } from '../check-compatibility';
import { prng } from '../test-prng';
import { jsonSchemaChecker } from '.';
import { mutate, randomSchema } from './random-schemas';

/** The matrix from a full diff of every earlier version: what checks computed before `breaks`. */
function matrixFromFullDiffs(previous: unknown[], candidate: unknown): Record<CompatibilityMode, boolean> {
  const next = jsonSchemaChecker.read(candidate);
  const diffs = previous.map((schema) => jsonSchemaChecker.diff(jsonSchemaChecker.read(schema), next));
  const matrix = {} as Record<CompatibilityMode, boolean>;
  for (const mode of COMPATIBILITY_MODES) {
    const compared = isTransitive(mode) ? diffs : diffs.slice(-1);
    matrix[mode] = compared.every((changes) => MODE_DIRECTIONS[mode].every((direction) => changes.every((change) => !change.breaks[direction])));
  }
  return matrix;
}

describe('the mode matrix over many earlier versions', () => {
  it('is what full diffs of every version give, on 200 generated histories, under every mode', () => {
    const random = prng(9);
    const seen = new Set<string>();
    for (let index = 0; index < 200; index += 1) {
      // Versions are edits of one schema (the generator's edits apply to its own shape only).
      const base = randomSchema(random);
      const history = [base];
      const length = 2 + Math.floor(random.next() * 5);
      while (history.length < length) history.push(mutate(random, base));
      const candidate = mutate(random, base);
      const expected = matrixFromFullDiffs(history, candidate);
      seen.add(JSON.stringify(expected));
      for (const mode of COMPATIBILITY_MODES) {
        const report = checkCompatibility({ format: 'json-schema', mode, previous: history, candidate, parsed: true }, { counterexamples: false });
        expect(report.matrix, JSON.stringify({ mode, history, candidate })).toEqual(expected);
        expect(report.compatible).toBe(expected[mode]);
      }
    }
    expect(seen.size).toBeGreaterThan(5); // the histories really produce different matrices
  });

  it('lists changes against the latest version only under a plain mode, and against every version under a transitive one', () => {
    const versions = ['string', 'integer', 'number'].map((type) => ({ type: 'object', properties: { id: { type } } }));
    const candidate = { type: 'object', properties: { id: { type: 'boolean' } } };
    const plain = checkCompatibility({ format: 'json-schema', mode: 'BACKWARD', previous: versions, candidate, parsed: true }, { counterexamples: false });
    expect(new Set(plain.changes.map((change) => change.against))).toEqual(new Set([3]));
    const transitive = checkCompatibility({ format: 'json-schema', mode: 'BACKWARD_TRANSITIVE', previous: versions, candidate, parsed: true }, { counterexamples: false });
    expect(new Set(transitive.changes.map((change) => change.against))).toEqual(new Set([1, 2, 3]));
    expect(plain.matrix).toEqual(transitive.matrix);
  });
});
