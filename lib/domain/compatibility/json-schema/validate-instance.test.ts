import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseJsonSchema } from './parse-json-schema';
import { needsAjv, validateInstance } from './validate-instance';
import { DRAFT_07 } from './json-schema-test-kit';

const SCHEMAS: Array<Record<string, unknown>> = [
  { type: 'object', properties: { n: { type: 'number', minimum: 0, exclusiveMaximum: 10, multipleOf: 0.5 }, s: { type: 'string', maxLength: 3, pattern: '^a' } }, required: ['n'], additionalProperties: false },
  { type: ['string', 'null'], minLength: 2, format: 'date' },
  { type: 'array', prefixItems: [{ type: 'integer' }], items: { type: 'string' }, minItems: 1, maxItems: 3, uniqueItems: true },
  { $schema: DRAFT_07, type: 'array', items: [{ type: 'integer' }], additionalItems: false },
  { $schema: DRAFT_07, type: 'object', dependencies: { a: ['b'], c: { required: ['d'] } } },
  { type: 'object', dependentRequired: { a: ['b'] }, patternProperties: { '^x': { type: 'integer' } }, additionalProperties: { type: 'boolean' }, minProperties: 1 },
  { oneOf: [{ type: 'integer' }, { type: 'number', maximum: 1 }], not: { const: 0.5 } },
  { anyOf: [{ enum: ['a', 1, { k: [1] }] }, { type: 'array', contains: { type: 'string' }, maxContains: 1 }] },
  { $defs: { node: { type: 'object', properties: { v: { type: 'integer' }, next: { $ref: '#/$defs/node' } } } }, $ref: '#/$defs/node', required: ['v'] },
  { $schema: DRAFT_07, definitions: { s: { type: 'string' } }, properties: { a: { $ref: '#/definitions/s', type: 'integer' } } },
  { if: { properties: { kind: { const: 'a' } } }, then: { required: ['a'] }, else: { required: ['b'] }, propertyNames: { maxLength: 4 } },
  { type: 'string', maxLength: 2 },
];
const VALUES: unknown[] = [
  null, true, 0, 0.5, 1, 1.5, 9.5, 10, -1, '', 'a', 'ab', 'abc', 'abcd', '😀😀', '2024-01-31', '2024-13-40', [], [1], [1, 'a'], [1, 'a', 'a'], [1, 2], ['a', 'b'],
  { n: 1 }, { n: 1, s: 'ab' }, { n: 1, s: 'b' }, { n: 1, extra: 1 }, { a: 1 }, { a: 1, b: 2 }, { c: 1 }, { c: 1, d: 1 }, { x1: 1 }, { x1: 'a' }, { y: true }, { y: 1 },
  { k: [1] }, { v: 1, next: { v: 2 } }, { v: 1, next: { v: 'x' } }, { next: { v: 1 } }, { kind: 'a' }, { kind: 'a', a: 1 }, { b: 1 }, { toolong: 1, b: 1 },
];

function ajvFor(schema: Record<string, unknown>) {
  const ajv = String(schema.$schema ?? '').includes('draft-07') ? new Ajv({ strict: false, logger: false }) : new Ajv2020({ strict: false, logger: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('validateInstance', () => {
  it.each(SCHEMAS.map((schema) => [JSON.stringify(schema), schema] as const))('agrees with ajv on every sample value for %s', (_, schema) => {
    const doc = parseJsonSchema(JSON.stringify(schema));
    const validate = ajvFor(schema);
    for (const value of VALUES) {
      expect(validateInstance(doc, value) === undefined, JSON.stringify(value)).toBe(validate(value));
    }
  });

  it("words the first error the way ajv does, with the value's path", () => {
    const doc = parseJsonSchema('{"type":"object","properties":{"total":{"type":"number"},"lines":{"type":"array","items":{"type":"string","maxLength":2}}}}');
    expect(validateInstance(doc, { total: 'x' })).toBe('/total must be number');
    expect(validateInstance(doc, { lines: ['ab', 'abc'] })).toBe('/lines/1 must NOT have more than 2 characters');
    expect(validateInstance(doc, 'x')).toBe('(root) must be object');
    expect(validateInstance(doc, { total: 1 })).toBeUndefined();
  });

  it('leaves documents with unevaluated* keywords to ajv', () => {
    expect(needsAjv(parseJsonSchema('{"type":"object","unevaluatedProperties":false}'))).toBe(true);
    expect(needsAjv(parseJsonSchema('{"type":"object","properties":{"a":{"enum":[{"unevaluatedItems":1}]}}}'))).toBe(false);
  });
});
