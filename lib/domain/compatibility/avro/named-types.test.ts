import { describe, expect, it } from 'vitest';
import { avscCanRead, check, expectAgreesWithAvsc, field, record, verifiedCounterexample } from './avro-test-kit';

const status = (symbols: string[], extra: Record<string, unknown> = {}) =>
  record('Order', [field('status', { type: 'enum', name: 'Status', symbols, ...extra })]);

describe('BACKWARD (new schema reads old data)', () => {
  it('removing an enum symbol breaks backward', () => {
    const old = status(['NEW', 'PAID', 'SHIPPED']);
    const next = status(['NEW', 'SHIPPED']);
    const result = check(old, next);
    expect(result.breaks).toEqual({ backward: true, forward: false });
    expect(result.find('MISSING_ENUM_SYMBOLS')?.path).toBe('/fields/0/type/symbols');
    expectAgreesWithAvsc(old, next);
    expect(verifiedCounterexample(old, next, 'backward')).toEqual({ status: 'PAID' });
  });

  // avsc and the specification agree: a reader enum `default` absorbs unknown writer symbols
  // (Avro Java's SchemaCompatibility before 1.9 ignored it; we follow the spec).
  it('removing a symbol is compatible when the new enum has a default', () => {
    const old = status(['NEW', 'PAID', 'UNKNOWN']);
    const next = status(['NEW', 'UNKNOWN'], { default: 'UNKNOWN' });
    const result = check(old, next);
    expect(result.breaks).toEqual({ backward: false, forward: false });
    expect(result.find('ENUM_SYMBOL_REMOVED')).toBeDefined();
    expect(result.find('ENUM_DEFAULT_CHANGED')?.path).toBe('/fields/0/type/default');
    expectAgreesWithAvsc(old, next);
  });

  it('renaming a record without an alias is a name mismatch', () => {
    const old = record('Order', [field('id', 'string')]);
    const next = record('Purchase', [field('id', 'string')]);
    const result = check(old, next);
    expect(result.breaks).toEqual({ backward: true, forward: true });
    expect(result.find('NAME_MISMATCH')?.path).toBe('/name');
    expectAgreesWithAvsc(old, next);
    verifiedCounterexample(old, next, 'backward');
  });

  it('renaming a record with the old full name as alias is compatible backward', () => {
    const old = record('Order', [field('id', 'string')], { namespace: 'shop' });
    const next = record('Purchase', [field('id', 'string')], { namespace: 'shop', aliases: ['Order'] });
    const result = check(old, next);
    expect(result.breaks).toEqual({ backward: false, forward: true });
    expectAgreesWithAvsc(old, next);
  });

  it('renaming an enum with aliases both ways is fully compatible', () => {
    const old = record('Order', [field('status', { type: 'enum', name: 'Status', aliases: ['State'], symbols: ['A'] })]);
    const next = record('Order', [field('status', { type: 'enum', name: 'State', aliases: ['Status'], symbols: ['A'] })]);
    const result = check(old, next);
    expect(result.breaks).toEqual({ backward: false, forward: false });
    expect(result.find('TYPE_RENAMED')?.path).toBe('/fields/0/type/name');
    expectAgreesWithAvsc(old, next);
  });
});

describe('FORWARD (old schema reads new data)', () => {
  it('adding an enum symbol breaks forward', () => {
    const old = status(['NEW', 'PAID']);
    const next = status(['NEW', 'PAID', 'REFUNDED']);
    const result = check(old, next);
    expect(result.breaks).toEqual({ backward: false, forward: true });
    expectAgreesWithAvsc(old, next);
    expect(verifiedCounterexample(old, next, 'forward')).toEqual({ status: 'REFUNDED' });
    expect(result.counterexample('forward')?.explains).toEqual({ kind: 'MISSING_ENUM_SYMBOLS', path: '/fields/0/type/symbols' });
  });

  it('adding a symbol is compatible when the old enum already had a default', () => {
    const old = status(['NEW', 'PAID', 'OTHER'], { default: 'OTHER' });
    const next = status(['NEW', 'PAID', 'OTHER', 'REFUNDED'], { default: 'OTHER' });
    const result = check(old, next);
    expect(result.breaks).toEqual({ backward: false, forward: false });
    expect(result.find('ENUM_SYMBOL_ADDED')).toBeDefined();
    expectAgreesWithAvsc(old, next);
  });

  it('reordering symbols is compatible and reported', () => {
    const result = check(status(['A', 'B']), status(['B', 'A']));
    expect(result.kinds).toEqual(['ENUM_SYMBOLS_REORDERED']);
    expectAgreesWithAvsc(status(['A', 'B']), status(['B', 'A']));
  });
});

describe('namespaces', () => {
  // Deviation from avsc's default, decided by the spec: resolution compares unqualified names.
  // avsc agrees once `ignoreNamespaces` is set, which is how every cross-check here calls it.
  it('moving a record to another namespace is compatible', () => {
    const old = record('Order', [field('id', 'string')], { namespace: 'shop.v1' });
    const next = record('Order', [field('id', 'string')], { namespace: 'shop.v2' });
    expect(check(old, next).kinds).toEqual(['NAMESPACE_CHANGED']);
    expectAgreesWithAvsc(old, next);
  });

  it('a fully qualified alias renames a record across namespaces', () => {
    const old = record('Order', [field('id', 'string')], { namespace: 'shop.v1' });
    const next = record('Purchase', [field('id', 'string')], { namespace: 'shop.v2', aliases: ['shop.v1.Order'] });
    expect(check(old, next).breaks).toEqual({ backward: false, forward: true });
  });

  // Deviation from avsc with ignoreNamespaces (which also strips alias namespaces), decided like
  // Avro Java: an alias is qualified by its type's namespace and must equal the writer's full name.
  it('a relative alias names a type in its own namespace, not the writer\'s', () => {
    const old = record('Order', [field('id', 'string')], { namespace: 'shop.v1' });
    const next = record('Purchase', [field('id', 'string')], { namespace: 'shop.v2', aliases: ['Order'] });
    expect(check(old, next, { deviatesFromAvsc: 'alias namespaces' }).breaks).toEqual({ backward: true, forward: true });
    expect(avscCanRead(next, old)).toBe(true);
  });

  it('nested named types inherit the enclosing namespace for references', () => {
    const money = { type: 'record', name: 'Money', fields: [field('cents', 'long')] };
    const old = record('Order', [field('total', money), field('tax', 'Money')], { namespace: 'shop' });
    const next = record('Order', [field('total', money), field('tax', 'shop.Money')], { namespace: 'shop' });
    expect(check(old, next).changes).toEqual([]);
  });

  it('a change inside a named type used twice is reported once, at its definition', () => {
    const money = (cents: string) => ({ type: 'record', name: 'Money', fields: [field('cents', cents)] });
    const old = record('Order', [field('total', money('long')), field('tax', 'Money')]);
    const next = record('Order', [field('total', money('int')), field('tax', 'Money')]);
    const result = check(old, next);
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]?.path).toBe('/fields/0/type/fields/0/type');
    expectAgreesWithAvsc(old, next);
  });
});

describe('shared named types', () => {
  it('a type first met through a one-way rename is still checked in the other direction where it is used again', () => {
    const money = (cents: string) => ({ type: 'record', name: 'Money', fields: [field('cents', cents)] });
    const old = record('Order', [field('x', money('int'), { default: { cents: 0 } }), field('y', 'Money')]);
    const next = record('Order', [field('x2', money('long'), { aliases: ['x'] }), field('y', 'Money')]);
    const result = check(old, next);
    expect(result.breaks).toEqual({ backward: false, forward: true });
    expect(result.changes.filter((c) => c.breaks.forward).map((c) => c.path)).toEqual(['/fields/0/type/fields/0/type']);
    expect(verifiedCounterexample(old, next, 'forward')).toEqual({ x2: { cents: 0 }, y: { cents: 0 } });
  });
});

describe('recursive types', () => {
  const node = (extra: Array<Record<string, unknown>>) =>
    record('Node', [field('value', 'int'), field('next', ['null', 'Node'], { default: null }), ...extra]);

  it('terminates and finds a change in a self-referencing record', () => {
    const old = node([]);
    const next = node([field('label', 'string')]);
    const result = check(old, next);
    expect(result.breaks).toEqual({ backward: true, forward: false });
    expectAgreesWithAvsc(old, next);
    expect(verifiedCounterexample(old, next, 'backward')).toEqual({ value: 0, next: null });
  });

  it('terminates on mutually recursive records and finds a deep enum change', () => {
    const tree = (symbols: string[]) =>
      record('Tree', [
        field('kind', { type: 'enum', name: 'Kind', symbols }),
        field('children', { type: 'array', items: record('Branch', [field('tree', 'Tree')]) }),
      ]);
    const old = tree(['LEAF', 'NODE']);
    const next = tree(['LEAF', 'NODE', 'ROOT']);
    const result = check(old, next);
    expect(result.breaks).toEqual({ backward: false, forward: true });
    expectAgreesWithAvsc(old, next);
    expect(verifiedCounterexample(old, next, 'forward')).toEqual({ kind: 'ROOT', children: [] });
    expect(avscCanRead(next, old)).toBe(true);
  });

  it('identical recursive schemas compare clean', () => {
    expect(check(node([]), node([])).changes).toEqual([]);
  });
});
