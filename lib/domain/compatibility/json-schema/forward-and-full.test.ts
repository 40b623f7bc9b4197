import { describe, expect, it } from 'vitest';
import { check, closed, DRAFT_07, open } from './json-schema-test-kit';

const str = { type: 'string' };
const num = { type: 'number' };

describe('FORWARD', () => {
  it('adding an optional property to a closed schema is breaking (old consumers reject it)', () => {
    const result = check('FORWARD', [closed({ id: str })], closed({ id: str, total: num }));
    expect(result.compatible).toBe(false);
    const change = result.change('OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL');
    expect(change.breaks).toEqual({ backward: false, forward: true });
    expect(change.counterexample).toMatchObject({ direction: 'forward', acceptedBy: 'new' });
    expect(change.message).toContain('new producers may send `total`, which a consumer on the old schema rejects');
  });

  it('adding an optional property to an open schema is compatible', () => {
    expect(check('FORWARD', [open({ id: str })], open({ id: str, total: num })).compatible).toBe(true);
  });

  it('removing a property from an open schema is breaking', () => {
    const result = check('FORWARD', [open({ id: str, total: num })], open({ id: str }));
    expect(result.compatible).toBe(false);
    expect(result.change('PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL').breaks.forward).toBe(true);
  });

  it('removing an optional property from a closed schema is compatible', () => {
    expect(check('FORWARD', [closed({ id: str, total: num })], closed({ id: str })).compatible).toBe(true);
  });

  it('raising maxLength is breaking', () => {
    const result = check('FORWARD', [{ type: 'string', maxLength: 5 }], { type: 'string', maxLength: 10 });
    expect(result.compatible).toBe(false);
    expect(result.change('MAX_LENGTH_INCREASED').counterexample?.payload).toBe('aaaaaaaaaa');
  });

  it('lowering maxLength is compatible (a backward-only break)', () => {
    const result = check('FORWARD', [{ type: 'string', maxLength: 10 }], { type: 'string', maxLength: 5 });
    expect(result.compatible).toBe(true);
    expect(result.report.matrix.BACKWARD).toBe(false);
  });

  it('widening integer to number is breaking', () => {
    const result = check('FORWARD', [{ type: 'integer' }], { type: 'number' });
    expect(result.compatible).toBe(false);
    expect(Number.isInteger(result.change('TYPE_EXTENDED').counterexample?.payload)).toBe(false);
  });

  it('extending an enum is breaking', () => {
    const result = check('FORWARD', [{ enum: ['red'] }], { enum: ['red', 'blue'] });
    expect(result.compatible).toBe(false);
    expect(result.change('ENUM_ARRAY_EXTENDED').counterexample?.payload).toBe('blue');
  });

  it('making a required property optional is breaking', () => {
    const result = check('FORWARD', [open({ id: str }, { required: ['id'] })], open({ id: str }));
    expect(result.compatible).toBe(false);
    expect(result.change('REQUIRED_ATTRIBUTE_REMOVED').counterexample?.payload).toEqual({});
  });

  it('removing a maximum is breaking', () => {
    const result = check('FORWARD', [{ type: 'number', maximum: 10 }], { type: 'number' });
    expect(result.compatible).toBe(false);
    expect(result.change('MAXIMUM_REMOVED').message).toContain('violate `maximum: 10`');
  });

  it('adding a oneOf alternative is breaking', () => {
    expect(check('FORWARD', [{ oneOf: [str] }], { oneOf: [str, num] }).compatible).toBe(false);
  });

  it('a draft-07 tuple gaining a position in a closed tuple is breaking', () => {
    const tuple = (items: unknown[]) => ({ $schema: DRAFT_07, type: 'array', items, additionalItems: false });
    const result = check('FORWARD', [tuple([str])], tuple([str, num]));
    expect(result.compatible).toBe(false);
    expect(result.change('ITEM_ADDED_TO_CLOSED_CONTENT_MODEL').counterexample?.payload).toHaveLength(2);
  });
});

describe('FULL', () => {
  it('an optional property added to a closed schema is breaking (forward half)', () => {
    const result = check('FULL', [closed({ id: str })], closed({ id: str, note: str }));
    expect(result.compatible).toBe(false);
    expect(result.report.matrix).toMatchObject({ BACKWARD: true, FORWARD: false, FULL: false });
  });

  it('a required property with a default added to a closed schema is breaking (forward half)', () => {
    const result = check('FULL', [closed({ id: str })], closed({ id: str, n: { type: 'integer', default: 0 } }, { required: ['n'] }));
    expect(result.report.matrix).toMatchObject({ BACKWARD: true, FORWARD: false, FULL: false });
  });

  it('a type change breaks both ways, shown by one counterexample', () => {
    const result = check('FULL', [open({ id: str })], open({ id: num }));
    expect(result.compatible).toBe(false);
    expect(result.change('TYPE_CHANGED').breaks).toEqual({ backward: true, forward: true });
    expect(result.change('TYPE_CHANGED').counterexample?.direction).toBe('backward');
  });

  it('two changes breaking in different directions get one counterexample each', () => {
    const result = check('FULL', [closed({ id: str })], closed({ id: { type: 'string', maxLength: 3 }, note: str }));
    expect(result.change('MAX_LENGTH_ADDED').counterexample?.direction).toBe('backward');
    expect(result.change('OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL').counterexample?.direction).toBe('forward');
  });

  it('documentation-only changes are compatible', () => {
    const result = check('FULL', [open({ id: { type: 'string', description: 'old' } }, { title: 'Order' })], open({ id: { type: 'string', description: 'new' } }, { title: 'Order placed' }));
    expect(result.compatible).toBe(true);
    expect(result.kinds.sort()).toEqual(['DESCRIPTION_CHANGED', 'TITLE_CHANGED']);
    expect(result.report.changes.every((change) => change.breakingUnder.length === 0)).toBe(true);
  });

  it('replacing an enum value breaks both directions', () => {
    const result = check('FULL', [{ enum: ['a', 'b'] }], { enum: ['a', 'c'] });
    expect(result.change('ENUM_ARRAY_CHANGED').breaks).toEqual({ backward: true, forward: true });
  });
});
