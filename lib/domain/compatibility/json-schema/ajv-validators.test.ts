import { describe, expect, it } from 'vitest';
import { validatorFor } from './ajv-validators';
import { parseJsonSchema } from './parse-json-schema';

const text = '{"type":"object","properties":{"id":{"type":"string","minLength":3}},"required":["id"]}';

describe('validatorFor', () => {
  it('compiles a schema once across checks: documents parsed separately from the same JSON share a validator', () => {
    const first = validatorFor(parseJsonSchema(text));
    const second = validatorFor(parseJsonSchema(text));
    expect(second).toBe(first);
    expect(first({ id: 'abc' })).toBe(true);
    expect(first({ id: 'ab' })).toBe(false);
  });

  it('keeps schemas that differ in content or draft apart', () => {
    const base = validatorFor(parseJsonSchema(text));
    const other = validatorFor(parseJsonSchema(text.replace('"minLength":3', '"minLength":2')));
    expect(other).not.toBe(base);
    expect(other({ id: 'ab' })).toBe(true);
    const draft07 = validatorFor(parseJsonSchema(`{"$schema":"http://json-schema.org/draft-07/schema#",${text.slice(1)}`));
    expect(draft07).not.toBe(base);
    expect(validatorFor(parseJsonSchema(`{"$schema":"http://json-schema.org/draft-07/schema#",${text.slice(1)}`))).toBe(draft07);
  });
});
