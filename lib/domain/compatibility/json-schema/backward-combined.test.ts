import { describe, expect, it } from 'vitest';
import { check, DRAFT_07, open } from './json-schema-test-kit';

const prop = (schema: Record<string, unknown>) => open({ value: schema });
const str = { type: 'string' };
const num = { type: 'number' };

describe('BACKWARD', () => {
  describe('oneOf / anyOf (sum types)', () => {
    it('adding an alternative is compatible', () => {
      const result = check('BACKWARD', [prop({ oneOf: [str] })], prop({ oneOf: [num, str] }));
      expect(result.compatible).toBe(true);
      expect(result.kinds).toEqual(['SUM_TYPE_EXTENDED']);
    });

    it('removing an alternative is breaking', () => {
      const result = check('BACKWARD', [prop({ oneOf: [num, str] })], prop({ oneOf: [str] }));
      expect(result.compatible).toBe(false);
      expect(result.change('SUM_TYPE_NARROWED').counterexample?.payload).toEqual({ value: 0 });
    });

    it('changing the only alternative is breaking, and the report says what changed in it', () => {
      const result = check('BACKWARD', [prop({ oneOf: [str] })], prop({ oneOf: [num] }));
      expect(result.compatible).toBe(false);
      expect(result.kinds).toEqual(['COMBINED_TYPE_SUBSCHEMAS_CHANGED', 'TYPE_CHANGED']);
      expect(result.change('TYPE_CHANGED')).toMatchObject({ path: '/properties/value/oneOf/0', breaks: { backward: true } });
    });

    it('a plain schema becoming one alternative of a oneOf is compatible, its own changes still listed', () => {
      const result = check('BACKWARD', [prop({ type: 'string', maxLength: 3 })], prop({ oneOf: [num, str] }));
      expect(result.compatible).toBe(true);
      expect(result.kinds.sort()).toEqual(['MAX_LENGTH_REMOVED', 'SUM_TYPE_EXTENDED']);
    });

    it('oneOf → anyOf is compatible; anyOf of two → oneOf of one is breaking', () => {
      expect(check('BACKWARD', [prop({ oneOf: [str] })], prop({ anyOf: [num, str] })).compatible).toBe(true);
      const result = check('BACKWARD', [prop({ anyOf: [num, str] })], prop({ oneOf: [str] }));
      expect(result.compatible).toBe(false);
      expect(result.kinds).toEqual(['COMBINED_TYPE_CHANGED']);
    });

    it('matches alternatives whatever their order', () => {
      const result = check('BACKWARD', [prop({ anyOf: [str, num, { type: 'boolean' }] })], prop({ anyOf: [{ type: 'boolean' }, str, num] }));
      expect(result.kinds).toEqual([]);
    });

    it('a change inside a matched alternative is reported at its path', () => {
      const result = check('BACKWARD', [prop({ oneOf: [{ type: 'string', maxLength: 5 }, num] })], prop({ oneOf: [{ type: 'string', maxLength: 8 }, num] }));
      expect(result.compatible).toBe(true);
      expect(result.change('MAX_LENGTH_INCREASED').path).toBe('/properties/value/oneOf/0/maxLength');
    });
  });

  describe('allOf (product types)', () => {
    it('adding a subschema is breaking', () => {
      const result = check('BACKWARD', [prop({ allOf: [str] })], prop({ allOf: [{ enum: ['one', 'two'] }, str] }));
      expect(result.compatible).toBe(false);
      expect(result.change('PRODUCT_TYPE_EXTENDED').counterexample).toBeDefined();
    });

    it('removing a subschema is compatible', () => {
      const result = check('BACKWARD', [prop({ allOf: [{ enum: ['one', 'two'] }, str] })], prop({ allOf: [str] }));
      expect(result.compatible).toBe(true);
      expect(result.kinds).toEqual(['PRODUCT_TYPE_NARROWED']);
    });

    it('reordering subschemas changes nothing', () => {
      const parts = [{ enum: ['one', 'two'] }, str, { maxLength: 5 }];
      expect(check('BACKWARD', [prop({ allOf: parts })], prop({ allOf: [...parts].reverse() })).kinds).toEqual([]);
    });

    it('changing a subschema is breaking', () => {
      const result = check('BACKWARD', [prop({ allOf: [{ maxLength: 5 }, str] })], prop({ allOf: [{ maxLength: 5 }, num] }));
      expect(result.compatible).toBe(false);
      expect(result.kinds).toContain('COMBINED_TYPE_SUBSCHEMAS_CHANGED');
    });

    it('a narrowed subschema is explained by its own breaking changes, not listed as compatible', () => {
      const old = prop({ allOf: [str, { maxLength: 10, enum: ['a', 'b', 'c'] }] });
      const next = prop({ allOf: [str, { maxLength: 5, enum: ['a', 'b'] }] });
      const result = check('FULL', [old], next);
      expect(result.compatible).toBe(false);
      expect(result.change('COMBINED_TYPE_SUBSCHEMAS_CHANGED').path).toBe('/properties/value');
      // Before, the forward run's matched pair listed these as "compatible in both directions".
      expect(result.change('ENUM_ARRAY_NARROWED')).toMatchObject({ path: '/properties/value/allOf/1/enum', breaks: { backward: true, forward: false } });
      expect(result.change('ENUM_ARRAY_NARROWED').message).toContain('old producers may send `c`, which a consumer on the new schema does not accept');
      expect(result.change('MAX_LENGTH_DECREASED').breaks).toEqual({ backward: true, forward: false });
    });
  });

  describe('not', () => {
    it('excluding fewer values is compatible', () => {
      const result = check('BACKWARD', [prop({ not: { type: 'number' } })], prop({ not: { type: 'integer' } }));
      expect(result.compatible).toBe(true);
      expect(result.change('NOT_TYPE_NARROWED').path).toBe('/properties/value/not');
    });

    it('excluding more values is breaking', () => {
      const result = check('BACKWARD', [prop({ not: { type: 'integer' } })], prop({ not: { type: 'number' } }));
      expect(result.compatible).toBe(false);
      expect(result.change('NOT_TYPE_EXTENDED').counterexample?.payload).toEqual({ value: 1.5 });
    });

    it('an unchanged not reports nothing', () => {
      expect(check('BACKWARD', [prop({ not: num })], prop({ not: num })).kinds).toEqual([]);
    });
  });

  describe('$ref, $defs and definitions', () => {
    it('a change behind a reference is reported where the reference is used (draft-07 definitions)', () => {
      const schema = (type: string) => ({ $schema: DRAFT_07, type: 'array', items: { $ref: '#/definitions/item' }, definitions: { item: { type } } });
      const result = check('BACKWARD', [schema('string')], schema('number'));
      expect(result.compatible).toBe(false);
      expect(result.change('TYPE_CHANGED').path).toBe('/items');
    });

    it('moving a schema into $defs changes nothing', () => {
      const result = check('BACKWARD', [prop({ type: 'string' })], { ...(open({ value: { $ref: '#/$defs/v' } }) as object), $defs: { v: { type: 'string' } } });
      expect(result.kinds).toEqual([]);
    });

    it('a change inside a recursive schema is found, and the comparison terminates', () => {
      const tree = (leaf: string) => ({
        $ref: '#/$defs/node',
        $defs: { node: { type: 'object', properties: { label: { type: leaf }, children: { type: 'array', items: { $ref: '#/$defs/node' } } } } },
      });
      const result = check('BACKWARD', [tree('string')], tree('integer'));
      expect(result.compatible).toBe(false);
      expect(result.change('TYPE_CHANGED').path).toBe('/properties/label');
      expect(check('BACKWARD', [tree('string')], tree('string')).kinds).toEqual([]);
    });

    it('2020-12 $ref with sibling keywords applies both', () => {
      const defs = { $defs: { name: { type: 'string' } } };
      const result = check('BACKWARD', [{ ...defs, ...(open({ value: { $ref: '#/$defs/name' } }) as object) }], { ...defs, ...(open({ value: { $ref: '#/$defs/name', maxLength: 3 } }) as object) });
      expect(result.compatible).toBe(false);
      expect(result.kinds).toContain('PRODUCT_TYPE_EXTENDED');
    });
  });

  describe('metadata', () => {
    it('title, description, $comment, examples, default and $id changes are compatible', () => {
      const before = { $id: 'urn:a', title: 'A', description: 'a', $comment: 'x', examples: [1], default: 1, type: 'integer' };
      const after = { $id: 'urn:b', title: 'B', description: 'b', $comment: 'y', examples: [2], default: 2, type: 'integer' };
      const result = check('FULL', [before], after);
      expect(result.compatible).toBe(true);
      expect(result.kinds.sort()).toEqual(['COMMENT_CHANGED', 'DEFAULT_CHANGED', 'DESCRIPTION_CHANGED', 'EXAMPLES_CHANGED', 'ID_CHANGED', 'TITLE_CHANGED']);
    });
  });

  describe('keywords not analysed in depth', () => {
    it('a changed propertyNames is reported as breaking both ways', () => {
      // Forward is flagged conservatively here (shorter names are still valid), so no forward counterexample exists.
      const result = check('FULL', [open({}, { propertyNames: { maxLength: 5 } })], open({}, { propertyNames: { maxLength: 3 } }), { everyBreakShown: false });
      expect(result.compatible).toBe(false);
      expect(result.change('KEYWORD_CHANGED').path).toBe('/propertyNames');
      expect(result.change('KEYWORD_CHANGED').breaks).toEqual({ backward: true, forward: true });
      expect(result.change('KEYWORD_CHANGED').counterexample?.direction).toBe('backward');
    });

    it('adding if/then breaks backward only; removing it breaks forward only', () => {
      const conditional = open({}, { if: { required: ['a'] }, then: { required: ['b'] } });
      const added = check('FULL', [open({})], conditional);
      expect(added.change('KEYWORD_ADDED').breaks).toEqual({ backward: true, forward: false });
      expect(added.report.matrix.BACKWARD).toBe(false);
      const removed = check('BACKWARD', [conditional], open({}));
      expect(removed.compatible).toBe(true);
      expect(removed.change('KEYWORD_REMOVED').breaks).toEqual({ backward: false, forward: true });
    });
  });
});
