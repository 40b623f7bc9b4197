import { describe, expect, it } from 'vitest';
import { check, expectAgreesWithAvsc, field, record, verifiedCounterexample } from './avro-test-kit';

const withType = (type: unknown, extra: Record<string, unknown> = {}) => record('Payment', [field('method', type, extra)]);
const card = record('Card', [field('last4', 'string')]);
const iban = record('Iban', [field('number', 'string')]);

describe('BACKWARD (new schema reads old data)', () => {
  it('removing a union branch breaks backward', () => {
    const old = withType(['null', 'string', 'int']);
    const next = withType(['null', 'string']);
    const result = check(old, next);
    expect(result.breaks).toEqual({ backward: true, forward: false });
    expect(result.find('MISSING_UNION_BRANCH')?.path).toBe('/fields/0/type/2');
    expectAgreesWithAvsc(old, next);
    expect(verifiedCounterexample(old, next, 'backward')).toEqual({ method: { int: 0 } });
  });

  it('removing a branch another branch can promote is compatible', () => {
    const old = withType(['null', 'int', 'long']);
    const next = withType(['null', 'long']);
    const result = check(old, next);
    expect(result.breaks).toEqual({ backward: false, forward: false });
    expect(result.find('UNION_BRANCH_REMOVED')?.path).toBe('/fields/0/type/1');
    expectAgreesWithAvsc(old, next);
  });

  it('narrowing a nullable union to its non-null type breaks backward', () => {
    const old = withType(['null', 'string'], { default: null });
    const next = withType('string');
    const result = check(old, next);
    expect(result.breaks).toEqual({ backward: true, forward: false });
    expect(result.find('TYPE_MISMATCH')?.path).toBe('/fields/0/type/0');
    expectAgreesWithAvsc(old, next);
    expect(verifiedCounterexample(old, next, 'backward')).toEqual({ method: null });
  });

  it('a record branch that changed incompatibly is reported inside the branch', () => {
    const cardV2 = record('Card', [field('last4', 'string'), field('brand', 'string')]);
    const old = withType(['null', card]);
    const next = withType(['null', cardV2]);
    const result = check(old, next);
    expect(result.breaks).toEqual({ backward: true, forward: false });
    expect(result.find('READER_FIELD_MISSING_DEFAULT_VALUE')?.path).toBe('/fields/0/type/1/fields/1');
    expectAgreesWithAvsc(old, next);
    expect(verifiedCounterexample(old, next, 'backward')).toEqual({ method: { Card: { last4: '' } } });
  });

  it('a renamed record branch resolves through its aliases', () => {
    const old = withType(['null', card]);
    const next = withType(['null', record('PaymentCard', card.fields, { aliases: ['Card'] })]);
    const result = check(old, next);
    expect(result.breaks).toEqual({ backward: false, forward: true });
    expect(result.find('NAME_MISMATCH')?.path).toBe('/fields/0/type/1/name');
    expectAgreesWithAvsc(old, next);
    verifiedCounterexample(old, next, 'forward');
  });
});

describe('FORWARD (old schema reads new data)', () => {
  it('adding a union branch breaks forward', () => {
    const old = withType(['null', card]);
    const next = withType(['null', card, iban]);
    const result = check(old, next);
    expect(result.breaks).toEqual({ backward: false, forward: true });
    expect(result.find('MISSING_UNION_BRANCH')?.path).toBe('/fields/0/type/2');
    expectAgreesWithAvsc(old, next);
    expect(verifiedCounterexample(old, next, 'forward')).toEqual({ method: { Iban: { number: '' } } });
  });

  it('making a field nullable breaks forward (old readers cannot read null)', () => {
    const old = withType('string');
    const next = withType(['null', 'string'], { default: null });
    const result = check(old, next);
    expect(result.breaks).toEqual({ backward: false, forward: true });
    expect(result.find('TYPE_MISMATCH')?.path).toBe('/fields/0/type/0');
    expectAgreesWithAvsc(old, next);
    expect(verifiedCounterexample(old, next, 'forward')).toEqual({ method: null });
  });

  it('adding a branch the old union can promote is compatible', () => {
    const old = withType(['null', 'double']);
    const next = withType(['null', 'double', 'float']);
    const result = check(old, next);
    expect(result.breaks).toEqual({ backward: false, forward: false });
    expect(result.find('UNION_BRANCH_ADDED')?.path).toBe('/fields/0/type/2');
    expectAgreesWithAvsc(old, next);
  });

  it('a non-union becoming a union of other types breaks both ways', () => {
    const old = withType('int');
    const next = withType(['string', 'boolean']);
    const result = check(old, next);
    expect(result.breaks).toEqual({ backward: true, forward: true });
    // The new union lacks the old int; the old int cannot read either new branch.
    expect(result.kinds).toEqual(['MISSING_UNION_BRANCH', 'TYPE_MISMATCH', 'TYPE_MISMATCH']);
    expectAgreesWithAvsc(old, next);
    expect(verifiedCounterexample(old, next, 'forward')).toEqual({ method: { string: '' } });
  });

  it('a union widened from int to long promotes backward but not forward', () => {
    const old = withType(['null', 'int']);
    const next = withType(['null', 'long']);
    const result = check(old, next);
    expect(result.breaks).toEqual({ backward: false, forward: true });
    expect(result.kinds.sort()).toEqual(['MISSING_UNION_BRANCH', 'UNION_BRANCH_REMOVED']);
    expectAgreesWithAvsc(old, next);
    expect(verifiedCounterexample(old, next, 'forward')).toEqual({ method: { long: 0 } });
  });
});

describe('FULL', () => {
  it('reordering union branches is compatible both ways', () => {
    const old = withType(['null', 'string', 'int'], { default: null });
    const next = withType(['null', 'int', 'string'], { default: null });
    expect(check(old, next).breaks).toEqual({ backward: false, forward: false });
    expectAgreesWithAvsc(old, next);
  });

  it('a union inside an array inside a map is still checked', () => {
    const old = withType({ type: 'map', values: { type: 'array', items: ['null', 'string'] } });
    const next = withType({ type: 'map', values: { type: 'array', items: ['null', 'string', 'boolean'] } });
    const result = check(old, next);
    expect(result.find('MISSING_UNION_BRANCH')?.path).toBe('/fields/0/type/values/items/2');
    expectAgreesWithAvsc(old, next);
    expect(verifiedCounterexample(old, next, 'forward')).toEqual({ method: { key: [{ boolean: false }] } });
    expect(result.counterexample('forward')?.explains).toEqual({ kind: 'MISSING_UNION_BRANCH', path: '/fields/0/type/values/items/2' });
  });

  it('a top-level union schema is compared branch by branch', () => {
    const old = [card, iban];
    const next = [card];
    expect(check(old, next).breaks).toEqual({ backward: true, forward: false });
    expectAgreesWithAvsc(old, next);
    expect(verifiedCounterexample(old, next, 'backward')).toEqual({ Iban: { number: '' } });
  });
});
