import { describe, expect, it } from 'vitest';
import { avscCanRead, check, expectAgreesWithAvsc, field, record, verifiedCounterexample } from './avro-test-kit';

const withType = (type: unknown) => record('Reading', [field('value', type)]);

describe('BACKWARD (new schema reads old data)', () => {
  it.each([
    ['int', 'long'],
    ['int', 'float'],
    ['int', 'double'],
    ['long', 'float'],
    ['long', 'double'],
    ['float', 'double'],
  ])('widening %s to %s is compatible backward and breaks forward', (from, to) => {
    const result = check(withType(from), withType(to));
    expect(result.breaks).toEqual({ backward: false, forward: true });
    expect(result.find('TYPE_PROMOTED')?.path).toBe('/fields/0/type');
    expectAgreesWithAvsc(withType(from), withType(to));
    verifiedCounterexample(withType(from), withType(to), 'forward');
  });

  it('narrowing double to float breaks backward', () => {
    const result = check(withType('double'), withType('float'));
    expect(result.breaks).toEqual({ backward: true, forward: false });
    expectAgreesWithAvsc(withType('double'), withType('float'));
    verifiedCounterexample(withType('double'), withType('float'), 'backward');
  });

  it('string to int is a mismatch in both directions', () => {
    const result = check(withType('string'), withType('int'));
    expect(result.breaks).toEqual({ backward: true, forward: true });
    expect(result.find('TYPE_MISMATCH')?.path).toBe('/fields/0/type');
    expectAgreesWithAvsc(withType('string'), withType('int'));
    expect(verifiedCounterexample(withType('string'), withType('int'), 'backward')).toEqual({ value: '' });
  });

  it('boolean to a record is a mismatch in both directions', () => {
    const next = withType(record('Flag', [field('on', 'boolean')]));
    expect(check(withType('boolean'), next).breaks).toEqual({ backward: true, forward: true });
    expectAgreesWithAvsc(withType('boolean'), next);
  });

  it('an array item type change is checked like the item itself', () => {
    const old = withType({ type: 'array', items: 'long' });
    const next = withType({ type: 'array', items: 'int' });
    const result = check(old, next);
    expect(result.breaks).toEqual({ backward: true, forward: false });
    expect(result.find('TYPE_PROMOTED')?.path).toBe('/fields/0/type/items');
    expectAgreesWithAvsc(old, next);
    expect(verifiedCounterexample(old, next, 'backward')).toEqual({ value: [0] });
  });

  it('a map value type change is checked like the value itself', () => {
    const old = withType({ type: 'map', values: 'string' });
    const next = withType({ type: 'map', values: 'boolean' });
    const result = check(old, next);
    expect(result.breaks).toEqual({ backward: true, forward: true });
    expect(result.find('TYPE_MISMATCH')?.path).toBe('/fields/0/type/values');
    expectAgreesWithAvsc(old, next);
    verifiedCounterexample(old, next, 'forward');
  });

  it('an array becoming a map is a mismatch', () => {
    const old = withType({ type: 'array', items: 'string' });
    const next = withType({ type: 'map', values: 'string' });
    expect(check(old, next).breaks).toEqual({ backward: true, forward: true });
    expectAgreesWithAvsc(old, next);
  });
});

describe('FORWARD (old schema reads new data)', () => {
  it('string to bytes is compatible both ways (each promotes into the other)', () => {
    const result = check(withType('string'), withType('bytes'));
    expect(result.breaks).toEqual({ backward: false, forward: false });
    expect(result.find('TYPE_PROMOTED')).toBeDefined();
    expectAgreesWithAvsc(withType('string'), withType('bytes'));
  });

  it('long to int is compatible forward only', () => {
    expect(check(withType('long'), withType('int')).breaks).toEqual({ backward: true, forward: false });
    expectAgreesWithAvsc(withType('long'), withType('int'));
  });
});

describe('fixed', () => {
  const fixed = (size: number, name = 'Hash', extra: Record<string, unknown> = {}) =>
    withType({ type: 'fixed', name, size, ...extra });

  it('a size change breaks both directions', () => {
    const result = check(fixed(16), fixed(32));
    expect(result.breaks).toEqual({ backward: true, forward: true });
    expect(result.find('FIXED_SIZE_MISMATCH')?.path).toBe('/fields/0/type/size');
    expectAgreesWithAvsc(fixed(16), fixed(32));
    expect(verifiedCounterexample(fixed(2), fixed(3), 'backward')).toEqual({ value: '\u0000\u0000' });
  });

  it('a rename without aliases breaks both directions', () => {
    const result = check(fixed(16, 'Hash'), fixed(16, 'Digest'));
    expect(result.breaks).toEqual({ backward: true, forward: true });
    expect(result.find('NAME_MISMATCH')?.path).toBe('/fields/0/type/name');
    expectAgreesWithAvsc(fixed(16, 'Hash'), fixed(16, 'Digest'));
    verifiedCounterexample(fixed(16, 'Hash'), fixed(16, 'Digest'), 'forward');
  });

  it('a rename with an alias on the new fixed is compatible backward only', () => {
    const next = fixed(16, 'Digest', { aliases: ['Hash'] });
    expect(check(fixed(16), next).breaks).toEqual({ backward: false, forward: true });
    expectAgreesWithAvsc(fixed(16), next);
  });

  it('fixed to bytes is a mismatch', () => {
    expect(check(fixed(4), withType('bytes')).breaks).toEqual({ backward: true, forward: true });
    expectAgreesWithAvsc(fixed(4), withType('bytes'));
  });
});

describe('logical types', () => {
  it('adding a logical type to the same underlying type is informational', () => {
    const next = withType({ type: 'long', logicalType: 'timestamp-millis' });
    const result = check(withType('long'), next);
    expect(result.breaks).toEqual({ backward: false, forward: false });
    expect(result.find('LOGICAL_TYPE_CHANGED')?.path).toBe('/fields/0/type/logicalType');
    expectAgreesWithAvsc(withType('long'), next);
  });

  it('timestamp-millis to timestamp-micros is informational', () => {
    const old = withType({ type: 'long', logicalType: 'timestamp-millis' });
    const next = withType({ type: 'long', logicalType: 'timestamp-micros' });
    expect(check(old, next).kinds).toEqual(['LOGICAL_TYPE_CHANGED']);
    expectAgreesWithAvsc(old, next);
  });

  it('date (int) to timestamp-millis (long) follows the int to long promotion', () => {
    const old = withType({ type: 'int', logicalType: 'date' });
    const next = withType({ type: 'long', logicalType: 'timestamp-millis' });
    const result = check(old, next);
    expect(result.breaks).toEqual({ backward: false, forward: true });
    expect(result.kinds).toEqual(['TYPE_PROMOTED', 'LOGICAL_TYPE_CHANGED']);
    expectAgreesWithAvsc(old, next);
  });

  // Deviation from avsc, decided by the specification: "two schemas that are decimal logical types
  // match if their scales and precisions match". avsc (without registered logical types) resolves the bytes.
  it('a decimal scale change breaks both directions, though avsc would read the bytes', () => {
    const old = withType({ type: 'bytes', logicalType: 'decimal', precision: 10, scale: 2 });
    const next = withType({ type: 'bytes', logicalType: 'decimal', precision: 10, scale: 3 });
    const result = check(old, next, { deviatesFromAvsc: 'decimal scale' });
    expect(avscCanRead(next, old)).toBe(true);
    expect(result.breaks).toEqual({ backward: true, forward: true });
    expect(result.find('DECIMAL_SCALE_MISMATCH')?.path).toBe('/fields/0/type/scale');
    // avsc cannot prove this one, so no counterexample is claimed.
    expect(result.counterexample('backward')).toBeUndefined();
  });

  it('a decimal with no scale equals one with scale 0', () => {
    const old = withType({ type: 'bytes', logicalType: 'decimal', precision: 10 });
    const next = withType({ type: 'bytes', logicalType: 'decimal', precision: 10, scale: 0 });
    expect(check(old, next).changes).toEqual([]);
  });

  it('a decimal on fixed with a changed precision breaks', () => {
    const dec = (precision: number) => withType({ type: 'fixed', name: 'Money', size: 8, logicalType: 'decimal', precision, scale: 2 });
    expect(check(dec(10), dec(12), { deviatesFromAvsc: 'decimal precision' }).find('DECIMAL_PRECISION_MISMATCH')?.path).toBe('/fields/0/type/precision');
  });
});
