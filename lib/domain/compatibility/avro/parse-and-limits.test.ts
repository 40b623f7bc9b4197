import { describe, expect, it } from 'vitest';
import { SchemaTooComplexError } from '../types';
import { field, record } from './avro-test-kit';
import { avroChecker, createAvroChecker } from './index';

const parse = (json: unknown) => avroChecker.parse(JSON.stringify(json));

describe('parse', () => {
  it('names an unknown type and the field holding it', () => {
    const schema = record('Order', [field('id', 'string'), field('total', 'strng')]);
    expect(() => parse(schema)).toThrow('unknown type `strng` at field `total` (/fields/1/type)');
  });

  it('rejects text that is not JSON', () => {
    expect(() => avroChecker.parse('{"type": "record",')).toThrow(/not valid JSON/);
  });

  it('rejects a record without fields and an enum without symbols', () => {
    expect(() => parse({ type: 'record', name: 'R' })).toThrow('a record needs a `fields` array at /');
    expect(() => parse(record('R', [field('s', { type: 'enum', name: 'S' })]))).toThrow(/`symbols` array.*field `s`/);
  });

  it('rejects a default that does not fit its type, as avsc reports it', () => {
    expect(() => parse(record('R', [field('n', 'int', { default: 'zero' })]))).toThrow(/invalid Avro schema: .*default/);
  });

  it('rejects an empty union, naming the field', () => {
    expect(() => parse(record('R', [field('u', [])]))).toThrow('a union needs at least one branch at field `u` (/fields/0/type)');
  });

  it('rejects a union nested directly in a union', () => {
    expect(() => parse(['null', ['string', 'int']])).toThrow(/may not directly contain another union/);
  });

  it('resolves a reference to a type defined earlier, including the record itself', () => {
    const parsed = parse(record('Node', [field('next', ['null', 'Node'], { default: null })], { namespace: 'graph' }));
    expect(parsed.root.kind).toBe('record');
    expect(parsed.type.name).toBe('graph.Node');
  });

  it('accepts primitive schemas and primitive objects with logical types', () => {
    expect(parse('string').root).toMatchObject({ kind: 'primitive', type: 'string', path: '' });
    expect(parse({ type: 'int', logicalType: 'date' }).root).toMatchObject({ logical: { logicalType: 'date' } });
  });
});

describe('hostile input', () => {
  it('refuses nesting deeper than the depth limit with SchemaTooComplexError', () => {
    let schema: unknown = 'int';
    for (let i = 0; i < 500; i += 1) schema = { type: 'array', items: schema };
    expect(() => parse(schema)).toThrow(SchemaTooComplexError);
  });

  it('stops a comparison that exceeds the step budget, deterministically', () => {
    // Renaming all 300 records of a union without aliases makes every old branch try every new one.
    const union = (prefix: string) =>
      record('Root', [field('choice', Array.from({ length: 300 }, (_, i) => record(`${prefix}${i}`, [field('n', 'int')])))]);
    const old = parse(union('Old'));
    const next = parse(union('New'));
    const error = (() => {
      try {
        avroChecker.diff(old, next);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(SchemaTooComplexError);
    expect(error).toMatchObject({ limit: { kind: 'steps', max: 200_000 } });
  });

  it('takes a smaller budget from createAvroChecker', () => {
    const small = createAvroChecker({ maxSteps: 50 });
    const schema = JSON.stringify(record('R', Array.from({ length: 60 }, (_, i) => field(`f${i}`, 'int'))));
    const parsed = avroChecker.parse(schema);
    expect(() => small.parse(schema)).toThrow(SchemaTooComplexError);
    expect(() => small.diff(parsed, parsed)).toThrow(/more than 50 steps/);
    expect(avroChecker.diff(parsed, parsed)).toEqual([]);
  });

  it('gives up the counterexample, not the verdict, when a datum would be exponentially large', () => {
    // Each level holds two copies of the next: the smallest datum doubles per level.
    const levels = 24;
    const build = (extraSymbol: boolean) => {
      let type: unknown = { type: 'enum', name: 'E', symbols: extraSymbol ? ['A', 'B'] : ['A'] };
      for (let i = 0; i < levels; i += 1) {
        type = record(`L${i}`, [field('left', type), field('right', `L${i - 1}`.replace('L-1', 'E'))]);
      }
      return type as Record<string, unknown>;
    };
    const old = parse(build(false));
    const next = parse(build(true));
    expect(avroChecker.diff(old, next).some((c) => c.kind === 'MISSING_ENUM_SYMBOLS' && c.breaks.forward)).toBe(true);
    expect(avroChecker.counterexample(old, next, 'forward')).toBeUndefined();
  });
});
