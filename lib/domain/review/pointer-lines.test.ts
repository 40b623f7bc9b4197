import { describe, expect, it } from 'vitest';
import { linesOfPointer, printJson } from './pointer-lines';

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    orderId: { type: 'string', format: 'uuid' },
    'a/b': { type: 'number' },
    tags: { type: 'array', items: {}, enum: [] },
    reason: { enum: ['OUT_OF_STOCK', 'UNKNOWN_SKU', 3] },
  },
  required: ['orderId', 'reason'],
};

describe('printJson', () => {
  it('prints exactly what JSON.stringify with 2 spaces prints', () => {
    for (const value of [schema, [], {}, 'x', 12.5, null, [1, [2, {}], { a: [] }], { nested: { deep: { list: [true, false, null] } } }]) {
      expect(printJson(value).lines.join('\n')).toBe(JSON.stringify(value, null, 2));
    }
  });

  it('records the lines each pointer spans', () => {
    const printed = printJson(schema);
    const line = (n: number) => printed.lines[n - 1];
    const orderId = printed.spans.get('/properties/orderId')!;
    expect(line(orderId.first)).toBe('    "orderId": {');
    expect(line(orderId.last)).toBe('    },');
    expect(printed.spans.get('')).toEqual({ first: 1, last: printed.lines.length });
    const slash = printed.spans.get('/properties/a~1b')!;
    expect(line(slash.first)).toBe('    "a/b": {');
  });
});

describe('linesOfPointer', () => {
  const printed = printJson(schema);
  const text = (pointer: string) => {
    const span = linesOfPointer(printed, pointer, schema);
    return span && printed.lines[span.first - 1]!.trim();
  };

  it('resolves member and index pointers', () => {
    expect(text('/properties/orderId/format')).toBe('"format": "uuid"');
    expect(text('/required/1')).toBe('"reason"');
    expect(text('/properties/a~1b')).toBe('"a/b": {');
  });

  it('resolves a name inside a list of names (required, enum)', () => {
    expect(text('/required/reason')).toBe('"reason"');
    expect(text('/properties/reason/enum/UNKNOWN_SKU')).toBe('"UNKNOWN_SKU",');
    expect(text('/properties/reason/enum/3')).toBe('3');
  });

  it('resolves the root and nothing that is not there', () => {
    expect(linesOfPointer(printed, '', schema)).toEqual({ first: 1, last: printed.lines.length });
    expect(linesOfPointer(printed, '/properties/total', schema)).toBeUndefined();
    expect(linesOfPointer(printed, '/required/total', schema)).toBeUndefined();
    expect(linesOfPointer(printed, '/type/x', schema)).toBeUndefined();
  });
});
