import { describe, expect, it } from 'vitest';
import { assertSchemaText, compilePayloadValidator, InvalidSchemaTextError } from './payload-validator';

describe('assertSchemaText (publishing without examples checks the schema without compiling it)', () => {
  it('accepts valid JSON Schemas and Avro schemas', () => {
    expect(() => assertSchemaText('json-schema', '{"type":"object","properties":{"id":{"type":"string","pattern":"^cus_"}}}')).not.toThrow();
    expect(() => assertSchemaText('json-schema', 'true')).not.toThrow();
    expect(() => assertSchemaText('avro', '{"type":"record","name":"A","fields":[{"name":"id","type":"string"}]}')).not.toThrow();
  });

  it.each([
    ['not JSON', '{"type":', /not valid JSON/],
    ['an array', '[]', /must be an object or a boolean/],
    ['an unknown type', '{"type":"strin"}', /Invalid JSON Schema/],
    ['required given as a string', '{"type":"object","required":"id"}', /Invalid JSON Schema/],
  ])('refuses %s, as compiling would', (_name, text, message) => {
    expect(() => assertSchemaText('json-schema', text)).toThrow(message);
    expect(() => compilePayloadValidator('json-schema', text)).toThrow(InvalidSchemaTextError);
  });

  it('refuses an invalid Avro schema', () => {
    expect(() => assertSchemaText('avro', '{"type":"record","name":"A"}')).toThrow(/Invalid Avro schema/);
  });
});
