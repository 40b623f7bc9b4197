import { describe, expect, it } from 'vitest';
import { checkCompatibility, diffSchemas, InvalidSchemaError, type CompatibilityTextInput } from './index';
import { check, closed, DRAFT_07, open } from './json-schema/json-schema-test-kit';

const str = { type: 'string' };

describe('BACKWARD_TRANSITIVE', () => {
  // v2 gives `b` a default, so requiring it is fine against v2; v3 drops the default, fine against v2 (only DEFAULT_CHANGED) but not against v1.
  const v1 = closed({ a: str });
  const v2 = closed({ a: str, b: { type: 'string', default: 'x' } }, { required: ['b'] });
  const v3 = closed({ a: str, b: str }, { required: ['b'] });

  it('v1→v2 and v2→v3 are compatible, v1→v3 is not', () => {
    expect(check('BACKWARD', [v1], v2).compatible).toBe(true);
    expect(check('BACKWARD', [v2], v3).compatible).toBe(true);
    expect(check('BACKWARD', [v1], v3).compatible).toBe(false);
  });

  it('BACKWARD passes against the latest only, BACKWARD_TRANSITIVE fails against v1', () => {
    expect(check('BACKWARD', [v1, v2], v3).compatible).toBe(true);
    const transitive = check('BACKWARD_TRANSITIVE', [v1, v2], v3);
    expect(transitive.compatible).toBe(false);
    const breaking = transitive.report.changes.filter((change) => change.breakingUnder.includes('BACKWARD_TRANSITIVE'));
    expect(breaking.map((change) => [change.kind, change.against])).toEqual([['REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL', 1]]);
    // Against v1 the added required property also breaks forward (v1 is closed), never the latest-only modes.
    expect(breaking[0]!.breakingUnder).toEqual(['BACKWARD_TRANSITIVE', 'FORWARD_TRANSITIVE', 'FULL_TRANSITIVE']);
    expect(breaking[0]!.counterexample?.payload).not.toHaveProperty('b');
  });

  it('the matrix tells every mode apart', () => {
    expect(check('NONE', [v1, v2], v3).report.matrix).toEqual({
      NONE: true,
      BACKWARD: true,
      BACKWARD_TRANSITIVE: false,
      FORWARD: true,
      FORWARD_TRANSITIVE: false,
      FULL: true,
      FULL_TRANSITIVE: false,
    });
  });
});

describe('FORWARD_TRANSITIVE', () => {
  // Dropping a required property is forward-safe only when the old reader had a default for it.
  const v1 = closed({ a: str, b: str }, { required: ['b'] });
  const v2 = closed({ a: str, b: { type: 'string', default: 'x' } }, { required: ['b'] });
  const v3 = closed({ a: str });

  it('FORWARD passes against v2, FORWARD_TRANSITIVE fails against v1', () => {
    expect(check('FORWARD', [v1, v2], v3).compatible).toBe(true);
    const transitive = check('FORWARD_TRANSITIVE', [v1, v2], v3);
    expect(transitive.compatible).toBe(false);
    expect(transitive.report.changes[0]).toMatchObject({ against: 1, kind: 'PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL', breaks: { forward: true } });
    expect(transitive.report.changes[0]!.counterexample?.payload).not.toHaveProperty('b');
  });
});

describe('FULL_TRANSITIVE', () => {
  it('fails when any earlier version breaks in either direction', () => {
    const v1 = closed({ a: { type: 'string', maxLength: 10 } });
    const v2 = closed({ a: { type: 'string', maxLength: 10 } }, { title: 'v2' });
    const v3 = closed({ a: { type: 'string', maxLength: 10 } }, { title: 'v3' });
    expect(check('FULL_TRANSITIVE', [v1, v2], v3).compatible).toBe(true);
    const v4 = closed({ a: { type: 'string', maxLength: 12 } });
    const result = check('FULL_TRANSITIVE', [v1, v2, v3], v4);
    expect(result.compatible).toBe(false);
    expect(new Set(result.report.changes.filter((c) => c.kind === 'MAX_LENGTH_INCREASED').map((c) => c.against))).toEqual(new Set([1, 2, 3]));
  });
});

describe('NONE', () => {
  it('is always compatible but still lists the changes against the latest version', () => {
    const result = check('NONE', [open({ a: str })], open({ a: { type: 'integer' } }));
    expect(result.compatible).toBe(true);
    expect(result.kinds).toEqual(['TYPE_CHANGED']);
    expect(result.report.changes[0]!.breakingUnder).toContain('BACKWARD');
    expect(result.report.changes[0]!.counterexample).toBeUndefined();
  });
});

describe('checkCompatibility', () => {
  it('with no previous version, everything is compatible', () => {
    const report = checkCompatibility({ format: 'json-schema', mode: 'FULL_TRANSITIVE', previous: [], candidate: '{"type":"string"}' });
    expect(report).toMatchObject({ compatible: true, changes: [] });
    expect(Object.values(report.matrix).every(Boolean)).toBe(true);
  });

  it('lists changes breaking the mode first, then other breaking ones, then by path', () => {
    const result = check('BACKWARD', [open({ b: str, a: str, z: { type: 'string', maxLength: 5 } }, { title: 'x' })], open({ b: { type: 'integer' }, a: str, z: { type: 'string', maxLength: 9 } }, { title: 'y', required: ['a'] }));
    expect(result.report.changes.map((change) => `${change.kind} ${change.path}`)).toEqual([
      'TYPE_CHANGED /properties/b',
      'REQUIRED_ATTRIBUTE_ADDED /required/a',
      'MAX_LENGTH_INCREASED /properties/z/maxLength',
      'TITLE_CHANGED ',
    ]);
  });

  it('skips counterexamples when asked', () => {
    const report = checkCompatibility(
      { format: 'json-schema', mode: 'BACKWARD', previous: ['{"type":"string"}'], candidate: '{"type":"integer"}' },
      { counterexamples: false },
    );
    expect(report.compatible).toBe(false);
    expect(report.changes[0]!.counterexample).toBeUndefined();
  });

  it.each([
    ['invalid JSON', '{"type":', /not valid JSON/],
    ['an unknown type name', '{"type":"strng"}', /Not a valid JSON Schema \(2020-12\)/],
    ['a draft-07 tuple under 2020-12', '{"type":"array","items":[{"type":"string"}]}', /Not a valid JSON Schema/],
    ['an unresolvable $ref', '{"$ref":"#/$defs/missing"}', /does not resolve/],
    ['a remote $ref', '{"$ref":"https://example.com/other.json"}', /outside this schema/],
    ['an unsupported draft', '{"$schema":"http://json-schema.org/draft-04/schema#"}', /Unsupported \$schema/],
  ])('rejects %s in the candidate as InvalidSchemaError', (_, candidate, message) => {
    const run = () => checkCompatibility({ format: 'json-schema', mode: 'BACKWARD', previous: ['{}'], candidate });
    expect(run).toThrow(InvalidSchemaError);
    expect(run).toThrow(message);
    try {
      run();
    } catch (error) {
      expect((error as InvalidSchemaError).which).toBe('candidate');
    }
  });

  it('names the previous version that is invalid (1-based)', () => {
    try {
      checkCompatibility({ format: 'json-schema', mode: 'BACKWARD', previous: ['{}', '{"type":1}'], candidate: '{}' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidSchemaError);
      expect((error as InvalidSchemaError).which).toBe(2);
      expect((error as Error).message).toMatch(/^Invalid previous version 2: /);
    }
  });

  it('accepts a draft-07 tuple when the schema declares draft-07', () => {
    const schema = { $schema: DRAFT_07, type: 'array', items: [str] };
    expect(check('BACKWARD', [schema], schema).kinds).toEqual([]);
  });

  it('dispatches Avro schemas to the Avro checker', () => {
    const record = (fields: unknown[]) => JSON.stringify({ type: 'record', name: 'Order', fields });
    const report = checkCompatibility({
      format: 'avro',
      mode: 'BACKWARD',
      previous: [record([{ name: 'id', type: 'string' }])],
      candidate: record([{ name: 'id', type: 'string' }, { name: 'total', type: 'double' }]),
    });
    expect(report.compatible).toBe(false);
    expect(report.changes.some((change) => change.breaks.backward)).toBe(true);
  });
});

describe('parsed input', () => {
  it('gives the report the texts give, for Avro too (where a schema may be a bare JSON string)', () => {
    const texts: CompatibilityTextInput = { format: 'avro', mode: 'FULL', previous: ['"int"'], candidate: '"long"' };
    const parsed = checkCompatibility({ ...texts, previous: ['int'], candidate: 'long', parsed: true });
    expect(parsed).toEqual(checkCompatibility(texts));
    expect(parsed.changes.map((change) => change.kind)).not.toEqual([]);
  });

  it('names the invalid parsed schema, and leaves the input untouched', () => {
    const old = { type: 'object', properties: { a: { $ref: '#/$defs/a' } }, $defs: { a: { type: 'string' } } };
    const before = JSON.stringify(old);
    expect(() => checkCompatibility({ format: 'json-schema', mode: 'BACKWARD', previous: [old], candidate: { type: 'nope' }, parsed: true })).toThrow(
      expect.objectContaining({ which: 'candidate' }),
    );
    checkCompatibility({ format: 'json-schema', mode: 'FULL', previous: [old], candidate: { ...old, required: ['a'] }, parsed: true });
    expect(JSON.stringify(old)).toBe(before);
  });
});

describe('diffSchemas', () => {
  it('returns the typed changes between two texts', () => {
    expect(diffSchemas('json-schema', '{"type":"string"}', '{"type":"integer"}').map((change) => change.kind)).toEqual(['TYPE_CHANGED']);
  });

  it('reports which side is invalid', () => {
    expect(() => diffSchemas('json-schema', '{"type":"nope"}', '{}')).toThrow(/previous version 1/);
  });
});
