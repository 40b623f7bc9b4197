import { describe, expect, it } from 'vitest';
import { check, DRAFT_07, open } from './json-schema-test-kit';

const prop = (schema: Record<string, unknown>) => open({ value: schema });

describe('BACKWARD', () => {
  describe('types', () => {
    it('changing a type is breaking', () => {
      const result = check('BACKWARD', [prop({ type: 'string' })], prop({ type: 'number' }));
      expect(result.compatible).toBe(false);
      const change = result.change('TYPE_CHANGED');
      expect(change.path).toBe('/properties/value');
      expect(change.message).toContain('changed from string to number');
      expect(change.counterexample?.payload).toEqual({ value: 'a' });
    });

    it('widening integer to number is compatible', () => {
      const result = check('BACKWARD', [prop({ type: 'integer' })], prop({ type: 'number' }));
      expect(result.compatible).toBe(true);
      expect(result.change('TYPE_EXTENDED').breaks).toEqual({ backward: false, forward: true });
    });

    it('narrowing number to integer is breaking', () => {
      const result = check('BACKWARD', [prop({ type: 'number' })], prop({ type: 'integer' }));
      expect(result.compatible).toBe(false);
      expect(Number.isInteger((result.change('TYPE_NARROWED').counterexample?.payload as { value: number }).value)).toBe(false);
    });

    it('dropping a member of a type list is breaking', () => {
      const result = check('BACKWARD', [prop({ type: ['string', 'null'] })], prop({ type: 'string' }));
      expect(result.compatible).toBe(false);
      expect(result.change('SUM_TYPE_NARROWED').counterexample?.payload).toEqual({ value: null });
    });

    it('adding a member to a type list is compatible', () => {
      const result = check('BACKWARD', [prop({ type: 'string' })], prop({ type: ['string', 'null'] }));
      expect(result.compatible).toBe(true);
      expect(result.kinds).toEqual(['SUM_TYPE_EXTENDED']);
    });

    it('relaxing to an empty schema is compatible', () => {
      const result = check('BACKWARD', [prop({ type: 'string' })], open({ value: {} }));
      expect(result.compatible).toBe(true);
    });
  });

  describe('enum and const', () => {
    it('extending an enum is compatible', () => {
      const result = check('BACKWARD', [prop({ enum: ['red'] })], prop({ enum: ['red', 'blue'] }));
      expect(result.compatible).toBe(true);
      expect(result.change('ENUM_ARRAY_EXTENDED').path).toBe('/properties/value/enum');
    });

    it('narrowing an enum is breaking, with the removed value as counterexample', () => {
      const result = check('BACKWARD', [prop({ enum: ['red', 'blue'] })], prop({ enum: ['red'] }));
      expect(result.compatible).toBe(false);
      const change = result.change('ENUM_ARRAY_NARROWED');
      expect(change.counterexample?.payload).toEqual({ value: 'blue' });
      expect(change.message).toContain('old producers may send `blue`');
    });

    it('replacing enum values is breaking', () => {
      expect(check('BACKWARD', [prop({ enum: ['a', 'b'] })], prop({ enum: ['b', 'c'] })).kinds).toEqual(['ENUM_ARRAY_CHANGED']);
    });

    it('changing a const is breaking', () => {
      const result = check('BACKWARD', [prop({ const: 'v1' })], prop({ const: 'v2' }));
      expect(result.compatible).toBe(false);
      expect(result.change('ENUM_ARRAY_CHANGED').path).toBe('/properties/value/const');
    });

    it('a const growing into an enum is compatible (a const is a one-value enum)', () => {
      expect(check('BACKWARD', [prop({ const: 'v1' })], prop({ enum: ['v1', 'v2'] })).compatible).toBe(true);
    });

    it('adding an enum beside a type is breaking; removing it is compatible', () => {
      const added = check('BACKWARD', [prop({ type: 'string' })], prop({ type: 'string', enum: ['a'] }));
      expect(added.compatible).toBe(false);
      expect(added.kinds).toEqual(['PRODUCT_TYPE_EXTENDED']);
      const removed = check('BACKWARD', [prop({ type: 'string', enum: ['a'] })], prop({ type: 'string' }));
      expect(removed.compatible).toBe(true);
      expect(removed.kinds).toEqual(['PRODUCT_TYPE_NARROWED']);
    });
  });

  describe('string constraints', () => {
    it.each([
      [{ maxLength: 10 }, { maxLength: 5 }, 'MAX_LENGTH_DECREASED', false],
      [{ maxLength: 5 }, { maxLength: 10 }, 'MAX_LENGTH_INCREASED', true],
      [{}, { maxLength: 5 }, 'MAX_LENGTH_ADDED', false],
      [{ maxLength: 5 }, {}, 'MAX_LENGTH_REMOVED', true],
      [{ minLength: 1 }, { minLength: 3 }, 'MIN_LENGTH_INCREASED', false],
      [{ minLength: 3 }, { minLength: 1 }, 'MIN_LENGTH_DECREASED', true],
      [{}, { pattern: '^[a-z]+$' }, 'PATTERN_ADDED', false],
      [{ pattern: '^[a-z]+$' }, {}, 'PATTERN_REMOVED', true],
      [{ pattern: '^[a-z]+$' }, { pattern: '^[0-9]+$' }, 'PATTERN_CHANGED', false],
      [{}, { format: 'date-time' }, 'FORMAT_ADDED', false],
      [{ format: 'email' }, {}, 'FORMAT_REMOVED', true],
    ])('%j → %j is %s (compatible: %s)', (before, after, kind, compatible) => {
      const result = check('BACKWARD', [prop({ type: 'string', ...before })], prop({ type: 'string', ...after }));
      expect(result.kinds).toEqual([kind]);
      expect(result.compatible).toBe(compatible);
    });
  });

  describe('number constraints', () => {
    it.each([
      [{ maximum: 10 }, { maximum: 5 }, 'MAXIMUM_DECREASED', false],
      [{ maximum: 5 }, { maximum: 10 }, 'MAXIMUM_INCREASED', true],
      [{ minimum: 0 }, { minimum: 1 }, 'MINIMUM_INCREASED', false],
      [{ minimum: 1 }, {}, 'MINIMUM_REMOVED', true],
      [{ exclusiveMaximum: 10 }, { exclusiveMaximum: 5 }, 'EXCLUSIVE_MAXIMUM_DECREASED', false],
      [{}, { exclusiveMinimum: 0 }, 'EXCLUSIVE_MINIMUM_ADDED', false],
      [{ exclusiveMinimum: 5 }, { exclusiveMinimum: 0 }, 'EXCLUSIVE_MINIMUM_DECREASED', true],
      [{ multipleOf: 2 }, { multipleOf: 4 }, 'MULTIPLE_OF_EXPANDED', false],
      [{ multipleOf: 10 }, { multipleOf: 2 }, 'MULTIPLE_OF_REDUCED', true],
      [{ multipleOf: 0.5 }, { multipleOf: 0.25 }, 'MULTIPLE_OF_REDUCED', true],
      [{ multipleOf: 3 }, { multipleOf: 5 }, 'MULTIPLE_OF_CHANGED', false],
      [{}, { multipleOf: 3 }, 'MULTIPLE_OF_ADDED', false],
    ])('%j → %j is %s (compatible: %s)', (before, after, kind, compatible) => {
      const result = check('BACKWARD', [prop({ type: 'number', ...before })], prop({ type: 'number', ...after }));
      expect(result.kinds).toEqual([kind]);
      expect(result.compatible).toBe(compatible);
    });
  });

  describe('arrays', () => {
    const list = (extra: Record<string, unknown>) => prop({ type: 'array', ...extra });

    it('adding an items schema is breaking, removing it is compatible', () => {
      const added = check('BACKWARD', [list({})], list({ items: { type: 'string' } }));
      expect(added.compatible).toBe(false);
      expect(added.change('SCHEMA_ADDED').path).toBe('/properties/value/items');
      expect(check('BACKWARD', [list({ items: { type: 'string' } })], list({})).compatible).toBe(true);
    });

    it('changing the item type is breaking, reported under /items', () => {
      const result = check('BACKWARD', [list({ items: { type: 'string' } })], list({ items: { type: 'integer' } }));
      expect(result.change('TYPE_CHANGED').path).toBe('/properties/value/items');
      expect(result.change('TYPE_CHANGED').counterexample?.payload).toEqual({ value: ['a'] });
    });

    it.each([
      [{ minItems: 1 }, { minItems: 2 }, 'MIN_ITEMS_INCREASED', false],
      [{ maxItems: 3 }, { maxItems: 2 }, 'MAX_ITEMS_DECREASED', false],
      [{ maxItems: 2 }, {}, 'MAX_ITEMS_REMOVED', true],
      [{}, { uniqueItems: true }, 'UNIQUE_ITEMS_ADDED', false],
      [{ uniqueItems: true }, {}, 'UNIQUE_ITEMS_REMOVED', true],
    ])('%j → %j is %s (compatible: %s)', (before, after, kind, compatible) => {
      const result = check('BACKWARD', [list({ items: { type: 'string' }, ...before })], list({ items: { type: 'string' }, ...after }));
      expect(result.kinds).toEqual([kind]);
      expect(result.compatible).toBe(compatible);
    });

    it('draft-07 tuples: an item added to an open tuple is breaking, to a closed tuple compatible', () => {
      const tuple = (items: unknown[], additionalItems?: boolean) => ({ $schema: DRAFT_07, type: 'array', items, ...(additionalItems === undefined ? {} : { additionalItems }) });
      const openAdded = check('BACKWARD', [tuple([{ type: 'string' }])], tuple([{ type: 'string' }, { type: 'number' }]));
      expect(openAdded.compatible).toBe(false);
      expect(openAdded.change('ITEM_ADDED_TO_OPEN_CONTENT_MODEL').path).toBe('/items/1');
      const closedAdded = check('BACKWARD', [tuple([{ type: 'string' }], false)], tuple([{ type: 'string' }, { type: 'number' }], false));
      expect(closedAdded.compatible).toBe(true);
      expect(closedAdded.kinds).toEqual(['ITEM_ADDED_TO_CLOSED_CONTENT_MODEL']);
      const closedRemoved = check('BACKWARD', [tuple([{ type: 'string' }, { type: 'number' }], false)], tuple([{ type: 'string' }], false));
      expect(closedRemoved.compatible).toBe(false);
      expect(closedRemoved.change('ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL').counterexample?.payload).toHaveLength(2);
    });

    it('draft-07: forbidding additional items is breaking', () => {
      const result = check('BACKWARD', [{ $schema: DRAFT_07, type: 'array', items: [{ type: 'string' }] }], { $schema: DRAFT_07, type: 'array', items: [{ type: 'string' }], additionalItems: false });
      expect(result.compatible).toBe(false);
      expect(result.change('ADDITIONAL_ITEMS_REMOVED').path).toBe('/additionalItems');
    });

    it('2020-12 prefixItems: removing a position from a closed tuple is breaking', () => {
      const tuple = (prefixItems: unknown[]) => ({ type: 'array', prefixItems, items: false });
      const result = check('BACKWARD', [tuple([{ type: 'string' }, { type: 'integer' }])], tuple([{ type: 'string' }]));
      expect(result.compatible).toBe(false);
      expect(result.change('ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL').path).toBe('/prefixItems/1');
    });
  });
});
