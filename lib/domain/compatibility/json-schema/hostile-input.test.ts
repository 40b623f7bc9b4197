import { afterEach, describe, expect, it, vi } from 'vitest';
import { SchemaTooComplexError } from '../types';
import { checkCompatibility } from '../check-compatibility';
import { backtrackingPatternsText, hostilePairs, nestedOneOfText } from '../hostile-fixtures';
import { createJsonSchemaChecker, jsonSchemaChecker } from './index';
import { expectVerified } from './json-schema-test-kit';

/** `{ properties: { a: { properties: { a: ... } } } }`, `levels` objects deep. */
function deepNesting(levels: number, leaf: unknown): string {
  return '{"type":"object","properties":{"a":'.repeat(levels) + JSON.stringify(leaf) + '}}'.repeat(levels);
}

/** oneOf nested `levels` deep, each level offering the next level or a bounded string. */
function nestedOneOf(levels: number, leafMax: number): unknown {
  let schema: unknown = { type: 'string', maxLength: leafMax };
  for (let level = 0; level < levels; level += 1) {
    schema = { oneOf: [schema, { type: 'object', properties: { [`l${level}`]: { type: 'integer', maximum: level } } }] };
  }
  return schema;
}

describe('hostile input', () => {
  it('a 2,000-deep nesting is refused quickly as too complex, not a stack overflow', () => {
    const text = deepNesting(2000, { type: 'string' });
    const started = performance.now();
    expect(() => jsonSchemaChecker.parse(text)).toThrow(SchemaTooComplexError);
    expect(() => checkCompatibility({ format: 'json-schema', mode: 'BACKWARD', previous: [text], candidate: '{}' })).toThrow(SchemaTooComplexError);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('a 200-deep nesting within the limits is checked, change found at the bottom', () => {
    const old = jsonSchemaChecker.parse(deepNesting(200, { type: 'string' }));
    const next = jsonSchemaChecker.parse(deepNesting(200, { type: 'integer' }));
    const [change] = jsonSchemaChecker.diff(old, next);
    expect(change?.kind).toBe('TYPE_CHANGED');
    expect(change?.path).toBe('/properties/a'.repeat(200));
  });

  it('20 nested oneOfs complete quickly thanks to the pair memo', () => {
    const started = performance.now();
    const [old, next] = [nestedOneOf(20, 10), nestedOneOf(20, 5)] as Array<Record<string, unknown>>;
    const report = checkCompatibility({ format: 'json-schema', mode: 'FULL', previous: [JSON.stringify(old)], candidate: JSON.stringify(next) });
    expect(report.compatible).toBe(false);
    const shown = report.changes.filter((change) => change.counterexample);
    expect(shown.length).toBeGreaterThan(0);
    for (const change of shown) expectVerified(change.counterexample!, old!, next!);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('a combinatorial oneOf beyond the step budget throws SchemaTooComplexError', () => {
    const wide = (offset: number) => JSON.stringify({ oneOf: Array.from({ length: 300 }, (_, index) => ({ type: 'string', maxLength: index + offset })) });
    const checker = createJsonSchemaChecker({ maxSteps: 5_000 });
    expect(() => checker.diff(checker.parse(wide(0)), checker.parse(wide(1)))).toThrow(SchemaTooComplexError);
    expect(() => checkCompatibility({ format: 'json-schema', mode: 'BACKWARD', previous: [wide(0)], candidate: wide(1) }, { maxSteps: 5_000 })).toThrow(SchemaTooComplexError);
  });

  it('mutually recursive $refs terminate', () => {
    const schema = (leaf: string) => ({
      $ref: '#/$defs/a',
      $defs: {
        a: { type: 'object', properties: { b: { $ref: '#/$defs/b' }, name: { type: leaf } } },
        b: { type: 'object', properties: { a: { $ref: '#/$defs/a' } } },
      },
    });
    const changes = jsonSchemaChecker.diff(jsonSchemaChecker.parse(JSON.stringify(schema('string'))), jsonSchemaChecker.parse(JSON.stringify(schema('number'))));
    expect(changes.map((change) => `${change.kind} ${change.path}`)).toEqual(['TYPE_CHANGED /properties/name']);
  });

  it('a $ref cycle with no schema in between is an invalid schema', () => {
    expect(() => jsonSchemaChecker.parse(JSON.stringify({ $ref: '#/$defs/a', $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } } }))).toThrow(/refers to itself/);
  });

  it('a recursive schema with a breaking change still gets a verified counterexample', () => {
    const list = (max: number) => ({ $defs: { node: { type: 'object', properties: { v: { type: 'integer', maximum: max }, next: { $ref: '#/$defs/node' } } } }, $ref: '#/$defs/node' });
    const report = checkCompatibility({ format: 'json-schema', mode: 'BACKWARD', previous: [JSON.stringify(list(10))], candidate: JSON.stringify(list(5)) });
    expect(report.compatible).toBe(false);
    expect(report.changes[0]?.counterexample?.payload).toEqual({ v: 10 });
    expectVerified(report.changes[0]!.counterexample!, list(10), list(5));
  });

  // Timings for these are in bench/compat.bench.ts; here only the outcome: a verdict or a refusal, never a hang or a crash.
  it.each(hostilePairs().map((pair) => [pair.name, pair] as const))('%s is refused as too complex or decided', (_, pair) => {
    let outcome: string;
    try {
      const report = checkCompatibility({ format: 'json-schema', mode: 'FULL_TRANSITIVE', previous: [pair.previous], candidate: pair.candidate });
      outcome = report.compatible ? 'compatible' : 'breaking';
      // Identical texts are the same schema, whatever their size.
      if (pair.previous === pair.candidate) expect(outcome).toBe('compatible');
    } catch (error) {
      expect(error).toBeInstanceOf(SchemaTooComplexError);
      outcome = 'refused';
    }
    expect(['compatible', 'breaking', 'refused']).toContain(outcome);
  });

  it('a schema with more subschemas than the limit is refused before any comparison', () => {
    const checker = createJsonSchemaChecker({ maxNodes: 1_000 });
    expect(() => checker.parse(nestedOneOfText(9))).toThrow(SchemaTooComplexError);
    expect(() => checker.parse(nestedOneOfText(8))).not.toThrow();
  });

  // 500, not 5,000: the test's own fresh ajv overflows its stack compiling 5,000 patterns.
  it('backtracking patterns on a large object give the verdict and a counterexample ajv confirms', () => {
    const candidate = backtrackingPatternsText(500);
    const report = checkCompatibility({ format: 'json-schema', mode: 'BACKWARD', previous: ['{"type":"object"}'], candidate });
    expect(report.compatible).toBe(false);
    expect(report.changes.filter((change) => change.breaks.backward)).toHaveLength(500);
    const shown = report.changes.filter((change) => change.counterexample);
    expect(shown).toHaveLength(1);
    expectVerified(shown[0]!.counterexample!, { type: 'object' }, JSON.parse(candidate) as Record<string, unknown>);
  });

  describe('the counterexample search’s time budget', () => {
    afterEach(() => vi.restoreAllMocks());
    const pair = {
      previous: JSON.stringify({ type: 'object', properties: { code: { type: 'string', maxLength: 10 } } }),
      candidate: JSON.stringify({ type: 'object', properties: { code: { type: 'string', maxLength: 5 } } }),
    };

    it('finds the counterexample while time remains', () => {
      const report = checkCompatibility({ format: 'json-schema', mode: 'BACKWARD', ...pair, previous: [pair.previous] });
      expect(report.changes[0]?.counterexample?.payload).toEqual({ code: expect.stringMatching(/^.{6,10}$/) });
    });

    it('a search past its budget gives up: the verdict and the changes stand, without a counterexample', () => {
      // A clock that jumps 300 ms per reading: every search is over budget from its first candidate.
      let now = 0;
      vi.spyOn(performance, 'now').mockImplementation(() => (now += 300));
      const report = checkCompatibility({ format: 'json-schema', mode: 'BACKWARD', ...pair, previous: [pair.previous] });
      expect(report.compatible).toBe(false);
      expect(report.changes.map((change) => change.kind)).toEqual(['MAX_LENGTH_DECREASED']);
      expect(report.changes[0]?.counterexample).toBeUndefined();
    });
  });
});
