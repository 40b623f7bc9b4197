import { describe, expect, it } from 'vitest';
import { avscCanRead, check, expectAgreesWithAvsc, field, record, verifiedCounterexample } from './avro-test-kit';

const v1 = record('Order', [field('id', 'string'), field('total', 'double')], { namespace: 'shop' });

describe('BACKWARD (new schema reads old data)', () => {
  it('adding a field without a default is breaking', () => {
    const v2 = record('Order', [...v1.fields, field('currency', 'string')], { namespace: 'shop' });
    const result = check(v1, v2);
    expect(result.breaks).toEqual({ backward: true, forward: false });
    expect(result.find('READER_FIELD_MISSING_DEFAULT_VALUE')?.path).toBe('/fields/2');
    expectAgreesWithAvsc(v1, v2);
    expect(verifiedCounterexample(v1, v2, 'backward')).toEqual({ id: '', total: 0 });
  });

  it('adding a field with a default is compatible', () => {
    const v2 = record('Order', [...v1.fields, field('currency', 'string', { default: 'EUR' })], { namespace: 'shop' });
    const result = check(v1, v2);
    expect(result.breaks).toEqual({ backward: false, forward: false });
    expect(result.find('FIELD_ADDED_WITH_DEFAULT')?.path).toBe('/fields/2');
    expect(result.counterexample('backward')).toBeUndefined();
    expectAgreesWithAvsc(v1, v2);
  });

  it('adding a nullable field with a null default is compatible', () => {
    const v2 = record('Order', [...v1.fields, field('note', ['null', 'string'], { default: null })], { namespace: 'shop' });
    expect(check(v1, v2).breaks).toEqual({ backward: false, forward: false });
    expectAgreesWithAvsc(v1, v2);
  });

  it('renaming a field with an alias on the new field is compatible backward only', () => {
    const v2 = record('Order', [field('id', 'string'), field('amount', 'double', { aliases: ['total'] })], { namespace: 'shop' });
    const result = check(v1, v2);
    expect(result.breaks).toEqual({ backward: false, forward: true });
    expect(result.find('READER_FIELD_MISSING_DEFAULT_VALUE')?.path).toBe('/fields/1/name');
    expectAgreesWithAvsc(v1, v2);
    verifiedCounterexample(v1, v2, 'forward');
  });

  it('renaming a field without any alias breaks both directions', () => {
    const v2 = record('Order', [field('id', 'string'), field('amount', 'double')], { namespace: 'shop' });
    const result = check(v1, v2);
    expect(result.breaks).toEqual({ backward: true, forward: true });
    expect(result.kinds.filter((k) => k === 'READER_FIELD_MISSING_DEFAULT_VALUE')).toHaveLength(2);
    expectAgreesWithAvsc(v1, v2);
    verifiedCounterexample(v1, v2, 'backward');
    verifiedCounterexample(v1, v2, 'forward');
  });

  it('a type change inside a nested record is reported at its path', () => {
    const line = (qty: string) => record('Line', [field('sku', 'string'), field('qty', qty)]);
    const old = record('Order', [field('lines', { type: 'array', items: line('long') })]);
    const next = record('Order', [field('lines', { type: 'array', items: line('int') })]);
    const result = check(old, next);
    expect(result.breaks).toEqual({ backward: true, forward: false });
    expect(result.find('TYPE_PROMOTED')?.path).toBe('/fields/0/type/items/fields/1/type');
    expectAgreesWithAvsc(old, next);
    expect(verifiedCounterexample(old, next, 'backward')).toEqual({ lines: [{ sku: '', qty: 0 }] });
    expect(result.counterexample('backward')?.explains).toEqual({ kind: 'TYPE_PROMOTED', path: '/fields/0/type/items/fields/1/type' });
  });
});

describe('FORWARD (old schema reads new data)', () => {
  it('removing a field without a default is breaking', () => {
    const v2 = record('Order', [field('id', 'string')], { namespace: 'shop' });
    const result = check(v1, v2);
    expect(result.breaks).toEqual({ backward: false, forward: true });
    expect(result.find('READER_FIELD_MISSING_DEFAULT_VALUE')?.path).toBe('/fields/1');
    expectAgreesWithAvsc(v1, v2);
    expect(verifiedCounterexample(v1, v2, 'forward')).toEqual({ id: '' });
    expect(result.counterexample('forward')?.explains).toEqual({ kind: 'READER_FIELD_MISSING_DEFAULT_VALUE', path: '/fields/1' });
  });

  it('removing a field that had a default is compatible', () => {
    const old = record('Order', [field('id', 'string'), field('total', 'double', { default: 0 })]);
    const next = record('Order', [field('id', 'string')]);
    const result = check(old, next);
    expect(result.breaks).toEqual({ backward: false, forward: false });
    expect(result.find('FIELD_REMOVED')?.path).toBe('/fields/1');
    expect(result.counterexample('forward')).toBeUndefined();
    expectAgreesWithAvsc(old, next);
  });

  it('adding a field, even without a default, is compatible (old readers skip it)', () => {
    const v2 = record('Order', [...v1.fields, field('currency', 'string')], { namespace: 'shop' });
    expect(check(v1, v2).breaks.forward).toBe(false);
    expect(check(v1, v2).counterexample('forward')).toBeUndefined();
  });

  it('an alias on the old field makes a rename forward compatible', () => {
    const old = record('Order', [field('total', 'double', { aliases: ['amount'] })]);
    const next = record('Order', [field('amount', 'double')]);
    expect(check(old, next).breaks).toEqual({ backward: true, forward: false });
    expectAgreesWithAvsc(old, next);
  });

  it('aliases on both sides make a rename fully compatible', () => {
    const old = record('Order', [field('total', 'double', { aliases: ['amount'] })]);
    const next = record('Order', [field('amount', 'double', { aliases: ['total'] })]);
    const result = check(old, next);
    expect(result.breaks).toEqual({ backward: false, forward: false });
    expect(result.find('FIELD_RENAMED')).toBeDefined();
    expectAgreesWithAvsc(old, next);
  });

  it('a rename resolved only backward ignores type narrowing forward when the old field has a default', () => {
    const old = record('Order', [field('total', 'int', { default: 0 })]);
    const next = record('Order', [field('amount', 'long', { aliases: ['total'] })]);
    expect(check(old, next).breaks).toEqual({ backward: false, forward: false });
    expectAgreesWithAvsc(old, next);
  });
});

describe('FULL (metadata)', () => {
  it('doc, order, field aliases and default values changing are compatible and reported', () => {
    const old = record('Order', [field('id', 'string', { doc: 'id', order: 'ascending', default: 'a' })], { doc: 'an order' });
    const next = record('Order', [field('id', 'string', { doc: 'the id', order: 'descending', default: 'b', aliases: ['key'] })], {
      doc: 'the order',
    });
    const result = check(old, next);
    expect(result.breaks).toEqual({ backward: false, forward: false });
    expect(result.kinds.sort()).toEqual(['ALIASES_CHANGED', 'DEFAULT_CHANGED', 'DOC_CHANGED', 'DOC_CHANGED', 'ORDER_CHANGED']);
    expect(result.find('ORDER_CHANGED')?.path).toBe('/fields/0/order');
    expectAgreesWithAvsc(old, next);
  });

  // Deviation from avsc, decided like Avro Java's lookupWriterField: a reader field takes the writer
  // field of its own name first and only then looks at aliases; avsc calls that "ambiguous aliasing".
  it('a field whose alias names another writer field still reads its own name', () => {
    const old = record('Order', [field('a', 'int'), field('b', 'int')]);
    const next = record('Order', [field('a', 'int'), field('b', 'int', { aliases: ['a'] })]);
    expect(check(old, next, { deviatesFromAvsc: 'ambiguous aliasing' }).breaks).toEqual({ backward: false, forward: false });
    expect(avscCanRead(next, old)).toBe(false);
  });

  it('reordering fields is not a change at all', () => {
    const next = record('Order', [field('total', 'double'), field('id', 'string')], { namespace: 'shop' });
    expect(check(v1, next).changes).toEqual([]);
    expectAgreesWithAvsc(v1, next);
  });

  it('identical schemas have no changes and no counterexamples', () => {
    const result = check(v1, v1);
    expect(result.changes).toEqual([]);
    expect(result.counterexample('backward')).toBeUndefined();
    expect(result.counterexample('forward')).toBeUndefined();
  });

  it('breaking changes come before informational ones', () => {
    const next = record('Order', [field('id', 'string', { doc: 'x' }), field('total', 'double'), field('c', 'int')], {
      namespace: 'shop',
    });
    expect(check(v1, next).kinds).toEqual(['READER_FIELD_MISSING_DEFAULT_VALUE', 'DOC_CHANGED']);
  });
});
