import { describe, expect, it } from 'vitest';
import { SchemaTooComplexError } from '../types';
import { jsonSchemaChecker } from './index';
import { parseJsonSchema } from './parse-json-schema';
import { SameDeclaration } from './same-declaration';

function sameRoots(old: unknown, next: unknown): boolean {
  const [a, b] = [parseJsonSchema(JSON.stringify(old)), parseJsonSchema(JSON.stringify(next))];
  return new SameDeclaration(a, b, () => {}).same(a.raw, b.raw);
}

const list = (leaf: string) => ({ $defs: { node: { type: 'object', properties: { v: { type: leaf }, next: { $ref: '#/$defs/node' } } } }, $ref: '#/$defs/node' });

describe('SameDeclaration', () => {
  it('recognises equal schemas whatever the key order', () => {
    expect(sameRoots({ type: 'object', properties: { a: { type: 'string', maxLength: 3 } } }, { properties: { a: { maxLength: 3, type: 'string' } }, type: 'object' })).toBe(true);
    expect(sameRoots({ type: 'string', maxLength: 3 }, { type: 'string', maxLength: 4 })).toBe(false);
    expect(sameRoots({ type: 'string' }, { type: 'string', title: 'x' })).toBe(false);
  });

  it('follows a $ref into each document: the same text may point at different definitions', () => {
    const schema = (type: string) => ({ properties: { a: { $ref: '#/$defs/a' } }, $defs: { a: { type } } });
    const [a, b] = [parseJsonSchema(JSON.stringify(schema('string'))), parseJsonSchema(JSON.stringify(schema('integer')))];
    const same = new SameDeclaration(a, b, () => {});
    const property = (doc: typeof a) => (doc.raw as { properties: { a: unknown } }).properties.a;
    expect(same.same(property(a), property(b))).toBe(false);
    expect(jsonSchemaChecker.diff(a, b).map((change) => `${change.kind} ${change.path}`)).toEqual(['TYPE_CHANGED /properties/a']);
  });

  it('decides recursive definitions, equal or not', () => {
    expect(sameRoots(list('string'), list('string'))).toBe(true);
    expect(sameRoots(list('string'), list('integer'))).toBe(false);
  });

  it('never calls two drafts the same, since they read the same keywords differently', () => {
    expect(sameRoots({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'string' }, { type: 'string' })).toBe(false);
  });

  it('counts every object it visits against the budget', () => {
    let steps = 0;
    const [a, b] = [parseJsonSchema(JSON.stringify(list('string'))), parseJsonSchema(JSON.stringify(list('string')))];
    new SameDeclaration(a, b, () => (steps += 1)).same(a.raw, b.raw);
    expect(steps).toBeGreaterThan(3);
  });

  it('lets the diff report a change inside a recursive definition reached through an unchanged $ref', () => {
    const changes = jsonSchemaChecker.diff(jsonSchemaChecker.parse(JSON.stringify(list('string'))), jsonSchemaChecker.parse(JSON.stringify(list('integer'))));
    expect(changes.map((change) => `${change.kind} ${change.path}`)).toEqual(['TYPE_CHANGED /properties/v']);
  });
});

describe('parse: structure of the interpreted keywords', () => {
  it.each([
    ['{"properties":{"a":{"maxLength":-1}}}', /\/properties\/a: maxLength must be a non-negative integer/],
    ['{"required":"a"}', /required must be an array/],
    ['{"anyOf":[]}', /anyOf must be a non-empty array/],
    ['{"patternProperties":{"(":{}}}', /not a valid regular expression/],
    ['{"items":{"type":["string","string"]}}', /\/items: type lists "string" twice/],
    ['{"multipleOf":0}', /multipleOf must be a number greater than 0/],
    ['{"$defs":{"a":{"$ref":"#/$defs/missing"}}}', /does not resolve/],
  ])('refuses %s naming the place', (text, message) => {
    expect(() => parseJsonSchema(text)).toThrow(message);
  });

  it('accepts unknown keywords and data that merely looks like schemas', () => {
    expect(() => parseJsonSchema('{"x-owner":{"type":1},"enum":[{"type":1}],"default":{"minimum":"a"}}')).not.toThrow();
  });

  it('refuses absurdly deep data values as too complex', () => {
    const deep = '['.repeat(1500) + ']'.repeat(1500);
    expect(() => parseJsonSchema(`{"const":${deep}}`)).toThrow(SchemaTooComplexError);
  });
});
