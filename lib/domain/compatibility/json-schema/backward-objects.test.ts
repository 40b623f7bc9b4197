import { describe, expect, it } from 'vitest';
import { check, closed, DRAFT_07, open } from './json-schema-test-kit';

const str = { type: 'string' };
const num = { type: 'number' };

describe('BACKWARD', () => {
  describe('open content model', () => {
    it('adding an optional property to an open schema is breaking', () => {
      const result = check('BACKWARD', [open({ id: str })], open({ id: str, total: num }));
      expect(result.compatible).toBe(false);
      const change = result.change('OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL');
      expect(change.path).toBe('/properties/total');
      expect(change.message).toBe(
        'Optional property `total` was added to an open content model: old producers could already send `total` with any type, so a consumer on the new schema may reject it.',
      );
      expect(typeof (change.counterexample?.payload as { total: unknown }).total).not.toBe('number');
    });

    it('adding a required property to an open schema is breaking', () => {
      const result = check('BACKWARD', [open({ id: str })], open({ id: str, total: num }, { required: ['total'] }));
      expect(result.compatible).toBe(false);
      expect(result.kinds).toContain('REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL');
    });

    it('adding a property that accepts anything to an open schema is compatible', () => {
      const result = check('BACKWARD', [open({ id: str })], open({ id: str, note: true }));
      expect(result.compatible).toBe(true);
      expect(result.kinds).toEqual(['PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL']);
    });

    it('removing a property from an open schema is compatible', () => {
      const result = check('BACKWARD', [open({ id: str, total: num })], open({ id: str }));
      expect(result.compatible).toBe(true);
      expect(result.change('PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL').breaks).toEqual({ backward: false, forward: true });
    });

    it('a draft-07 open schema follows the same rule', () => {
      const result = check('BACKWARD', [{ $schema: DRAFT_07, ...(open({ id: str }) as object) }], { $schema: DRAFT_07, ...(open({ id: str, n: num }) as object) });
      expect(result.compatible).toBe(false);
    });
  });

  describe('closed content model', () => {
    it('adding an optional property to a closed schema is compatible', () => {
      const result = check('BACKWARD', [closed({ id: str })], closed({ id: str, total: num }));
      expect(result.compatible).toBe(true);
      expect(result.change('OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL').breaks).toEqual({ backward: false, forward: true });
    });

    it('adding a required property to a closed schema is breaking', () => {
      const result = check('BACKWARD', [closed({ id: str })], closed({ id: str, total: num }, { required: ['total'] }));
      expect(result.compatible).toBe(false);
      const change = result.change('REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL');
      expect(change.counterexample?.payload).toEqual({});
    });

    it('adding a required property with a default to a closed schema is compatible (as in Confluent)', () => {
      const result = check('BACKWARD', [closed({ id: str })], closed({ id: str, total: { type: 'number', default: 0 } }, { required: ['total'] }));
      expect(result.compatible).toBe(true);
      expect(result.kinds).toEqual(['REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL']);
    });

    it('removing a property from a closed schema is breaking', () => {
      const result = check('BACKWARD', [closed({ id: str, total: num })], closed({ id: str }));
      expect(result.compatible).toBe(false);
      expect(result.change('PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL').counterexample?.payload).toMatchObject({ total: expect.anything() });
    });

    it('removing a forbidden (false) property from a closed schema is compatible', () => {
      const result = check('BACKWARD', [closed({ id: str, legacy: false })], closed({ id: str }));
      expect(result.compatible).toBe(true);
      expect(result.kinds).toEqual(['PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL']);
    });

    it('closing an open schema is breaking', () => {
      const result = check('BACKWARD', [open({ id: str })], closed({ id: str }));
      expect(result.compatible).toBe(false);
      expect(result.change('ADDITIONAL_PROPERTIES_REMOVED').path).toBe('/additionalProperties');
    });

    it('opening a closed schema is compatible', () => {
      const result = check('BACKWARD', [closed({ id: str })], open({ id: str }));
      expect(result.compatible).toBe(true);
      expect(result.kinds).toEqual(['ADDITIONAL_PROPERTIES_ADDED']);
    });
  });

  describe('partially open content model', () => {
    const partial = (properties: Record<string, unknown>, additional: unknown) => ({ type: 'object', properties, additionalProperties: additional });

    it('a property added within additionalProperties is compatible', () => {
      const result = check('BACKWARD', [partial({ id: str }, str)], partial({ id: str, note: str }, str));
      expect(result.compatible).toBe(true);
      expect(result.kinds).toContain('PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL');
    });

    it('a property added outside additionalProperties is breaking', () => {
      const result = check('BACKWARD', [partial({ id: str }, str)], partial({ id: str, note: num }, str));
      expect(result.compatible).toBe(false);
      expect(result.change('PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL').counterexample?.payload).toMatchObject({ note: expect.any(String) });
    });

    it('a property added within a patternProperties schema is compatible, integer → number', () => {
      const old = { type: 'object', properties: { id: str }, additionalProperties: false, patternProperties: { '^I_': { type: 'integer' } } };
      const next = { ...old, properties: { id: str, I_123: num } };
      const result = check('BACKWARD', [old], next);
      expect(result.compatible).toBe(true);
      expect(result.change('PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL').path).toBe('/properties/I_123');
    });

    it('a property removed but still covered by the new additionalProperties is compatible', () => {
      const result = check('BACKWARD', [closed({ id: str, note: str })], partial({ id: str }, { type: ['string', 'null'] }));
      expect(result.compatible).toBe(true);
      expect(result.kinds).toContain('PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL');
    });

    it('a property removed and not covered by the new additionalProperties is breaking', () => {
      const result = check('BACKWARD', [closed({ id: str, count: num })], partial({ id: str }, str));
      expect(result.compatible).toBe(false);
      expect(result.kinds).toContain('PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL');
    });

    it('constraining additionalProperties of an open schema is breaking', () => {
      const result = check('BACKWARD', [open({ id: str })], partial({ id: str }, num));
      expect(result.compatible).toBe(false);
      const payload = result.change('ADDITIONAL_PROPERTIES_NARROWED').counterexample?.payload as Record<string, unknown>;
      expect(typeof payload.unexpectedProperty).not.toBe('number');
    });

    it('adding a patternProperties schema to an open schema is breaking (not diffed by Confluent)', () => {
      const result = check('BACKWARD', [open({ id: str })], open({ id: str }, { patternProperties: { '^x_': num } }));
      expect(result.compatible).toBe(false);
      expect(result.change('PATTERN_PROPERTY_ADDED').path).toBe('/patternProperties/^x_');
    });
  });

  describe('required', () => {
    it('making an existing property required is breaking', () => {
      const result = check('BACKWARD', [open({ id: str })], open({ id: str }, { required: ['id'] }));
      expect(result.compatible).toBe(false);
      const change = result.change('REQUIRED_ATTRIBUTE_ADDED');
      expect(change.path).toBe('/required/id');
      expect(change.counterexample?.payload).toEqual({});
    });

    it('making an existing property required is compatible when it has a default', () => {
      const result = check('BACKWARD', [open({ id: { type: 'string', default: 'none' } })], open({ id: { type: 'string', default: 'none' } }, { required: ['id'] }));
      expect(result.compatible).toBe(true);
      expect(result.kinds).toEqual(['REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED']);
    });

    it('making a property optional is compatible', () => {
      const result = check('BACKWARD', [open({ id: str }, { required: ['id'] })], open({ id: str }));
      expect(result.compatible).toBe(true);
      expect(result.kinds).toEqual(['REQUIRED_ATTRIBUTE_REMOVED']);
    });

    it('requiring a name not declared under properties is breaking (Confluent misses this)', () => {
      const result = check('BACKWARD', [open({ id: str })], open({ id: str }, { required: ['tenant'] }));
      expect(result.compatible).toBe(false);
      expect(result.change('REQUIRED_ATTRIBUTE_ADDED').path).toBe('/required/tenant');
    });
  });

  describe('dependencies and property counts', () => {
    it('adding dependentRequired is breaking, narrowing it is compatible (2020-12)', () => {
      const base = open({ card: str, billing: str, email: str });
      const added = check('BACKWARD', [base], { ...(base as object), dependentRequired: { card: ['billing'] } });
      expect(added.compatible).toBe(false);
      expect(added.change('DEPENDENCY_ARRAY_ADDED').path).toBe('/dependentRequired/card');
      const narrowed = check('BACKWARD', [{ ...(base as object), dependentRequired: { card: ['billing', 'email'] } }], { ...(base as object), dependentRequired: { card: ['billing'] } });
      expect(narrowed.compatible).toBe(true);
      expect(narrowed.kinds).toEqual(['DEPENDENCY_ARRAY_NARROWED']);
    });

    it('extending a draft-07 dependencies array is breaking', () => {
      const base = { $schema: DRAFT_07, type: 'object', properties: { card: str, billing: str, email: str } };
      const result = check('BACKWARD', [{ ...base, dependencies: { card: ['billing'] } }], { ...base, dependencies: { card: ['billing', 'email'] } });
      expect(result.compatible).toBe(false);
      expect(result.change('DEPENDENCY_ARRAY_EXTENDED').path).toBe('/dependencies/card');
    });

    it('adding a dependency schema is breaking, removing it is compatible', () => {
      const base = { $schema: DRAFT_07, type: 'object', properties: { card: str } };
      const withSchema = { ...base, dependencies: { card: { required: ['billing'] } } };
      expect(check('BACKWARD', [base], withSchema).kinds).toEqual(['DEPENDENCY_SCHEMA_ADDED']);
      expect(check('BACKWARD', [base], withSchema).compatible).toBe(false);
      expect(check('BACKWARD', [withSchema], base).compatible).toBe(true);
    });

    it('raising minProperties or lowering maxProperties is breaking', () => {
      expect(check('BACKWARD', [open({}, { minProperties: 1 })], open({}, { minProperties: 2 })).change('MIN_PROPERTIES_INCREASED').path).toBe('/minProperties');
      expect(check('BACKWARD', [open({}, { maxProperties: 3 })], open({}, { maxProperties: 2 })).compatible).toBe(false);
      expect(check('BACKWARD', [open({}, { maxProperties: 2 })], open({}, { maxProperties: 3 })).compatible).toBe(true);
    });
  });

  it('reports a change deep in nested objects at its full path', () => {
    const nested = (leaf: Record<string, unknown>) => open({ customer: open({ address: open({ zip: leaf }) }) });
    const result = check('BACKWARD', [nested({ type: 'string', maxLength: 10 })], nested({ type: 'string', maxLength: 5 }));
    expect(result.change('MAX_LENGTH_DECREASED').path).toBe('/properties/customer/properties/address/properties/zip/maxLength');
    expect(result.change('MAX_LENGTH_DECREASED').counterexample?.payload).toEqual({ customer: { address: { zip: 'aaaaaaaaaa' } } });
  });
});
