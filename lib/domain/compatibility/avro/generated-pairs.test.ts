import { describe, expect, it } from 'vitest';
import { Type } from 'avsc';
import { avscCanRead } from './avro-test-kit';
import { avroChecker } from './index';
import { prng, type Random } from '../test-prng';

const PRIMITIVES = ['null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string'] as const;
const SYMBOLS = ['A', 'B', 'C'];

/** A random schema from a small space, so two draws often share names and differ slightly. */
function randomType(random: Random, depth: number, names: Set<string>): unknown {
  const roll = random.next();
  if (depth > 2 || roll < 0.4) return random.pick(PRIMITIVES.filter((p) => p !== 'null'));
  if (roll < 0.5) {
    const branches = PRIMITIVES.filter(() => random.next() < 0.3);
    return branches.length ? branches : ['null', 'string'];
  }
  if (roll < 0.6 && !names.has('E')) {
    names.add('E');
    const symbols = SYMBOLS.filter(() => random.next() < 0.7);
    const list = symbols.length ? symbols : ['A'];
    return { type: 'enum', name: 'E', symbols: list, ...(random.next() < 0.3 ? { default: list[0] } : {}) };
  }
  if (roll < 0.7 && !names.has('F')) {
    names.add('F');
    return { type: 'fixed', name: 'F', size: random.pick([2, 4]) };
  }
  if (roll < 0.8) return { type: 'array', items: randomType(random, depth + 1, names) };
  if (roll < 0.87) return { type: 'map', values: randomType(random, depth + 1, names) };
  if (!names.has('N')) {
    names.add('N');
    return { type: 'record', name: 'N', fields: randomFields(random, depth + 1, names) };
  }
  return ['null', random.pick(PRIMITIVES.filter((p) => p !== 'null'))];
}

function randomFields(random: Random, depth: number, names: Set<string>) {
  return ['a', 'b', 'c']
    .filter(() => random.next() < 0.7)
    .map((name) => {
      const type = randomType(random, depth, names);
      const withNullDefault = Array.isArray(type) && type[0] === 'null' && random.next() < 0.5;
      return { name, type, ...(withNullDefault ? { default: null } : {}) };
    });
}

const randomSchema = (random: Random) => ({ type: 'record', name: 'R', fields: randomFields(random, 0, new Set()) });

type Field = { name: string; type: unknown; default?: unknown; aliases?: string[] };
const PROMOTE: Record<string, string[]> = { int: ['long', 'float', 'double'], long: ['float', 'double', 'int'], float: ['double', 'long'], double: ['float'], string: ['bytes'], bytes: ['string'] };

/** One small edit to a type, the kind a schema author makes between versions. */
function mutateType(random: Random, type: unknown): unknown {
  if (typeof type === 'string') {
    const roll = random.next();
    if (roll < 0.4 && PROMOTE[type]) return random.pick(PROMOTE[type]!);
    if (roll < 0.7) return ['null', type];
    return random.pick(PRIMITIVES);
  }
  if (Array.isArray(type)) {
    const missing = PRIMITIVES.filter((p) => !type.includes(p));
    if (random.next() < 0.5 && missing.length) return [...type, random.pick(missing)];
    const dropped = Math.floor(random.next() * type.length);
    if (type.length > 1) return type.filter((_, i) => i !== dropped);
    return type[0];
  }
  const schema = type as Record<string, unknown>;
  switch (schema.type) {
    case 'array':
      return { ...schema, items: mutateType(random, schema.items) };
    case 'map':
      return { ...schema, values: mutateType(random, schema.values) };
    case 'fixed':
      return { ...schema, size: (schema.size as number) + 1 };
    case 'enum': {
      const symbols = schema.symbols as string[];
      const roll = random.next();
      if (roll < 0.35) return { ...schema, symbols: [...symbols, 'D'], ...(schema.default === undefined ? {} : { default: schema.default }) };
      if (roll < 0.7 && symbols.length > 1) {
        const kept = symbols.slice(0, -1);
        return { ...schema, symbols: kept, ...(schema.default === undefined ? {} : { default: kept[0] }) };
      }
      const { default: current, ...rest } = schema;
      return current === undefined ? { ...rest, default: symbols[0] } : rest;
    }
    case 'record':
      return { ...schema, fields: mutateFields(random, schema.fields as Field[]) };
    default:
      return type;
  }
}

function mutateFields(random: Random, fields: Field[]): Field[] {
  const roll = random.next();
  if (roll < 0.15) return [...fields, { name: 'd', type: 'int', ...(random.next() < 0.5 ? { default: 0 } : {}) }];
  if (roll < 0.3 && fields.length) return fields.slice(1);
  if (roll < 0.4 && fields[0]) {
    const [first, ...rest] = fields;
    return [{ ...first, name: 'z', ...(random.next() < 0.6 ? { aliases: [first.name] } : {}) }, ...rest];
  }
  if (roll < 0.5) return fields.map((f) => (f.default === undefined && !Array.isArray(f.type) && f.type === 'int' ? { ...f, default: 0 } : f));
  return fields.map((f) => (random.next() < 0.5 ? { ...f, type: mutateType(random, f.type), default: undefined } : f))
    .map(({ default: value, ...rest }) => (value === undefined ? rest : { ...rest, default: value }));
}

describe('generated schema pairs', () => {
  const random = prng(Number(process.env.AVRO_PAIR_SEED ?? 20240611));
  const unrelated = Array.from({ length: 150 }, () => [randomSchema(random), randomSchema(random)] as const);
  const edited = Array.from({ length: 450 }, () => {
    const base = randomSchema(random);
    return [base, { ...base, fields: mutateFields(random, base.fields as Field[]) }] as const;
  });
  const pairs = [...unrelated, ...edited];

  it('agree with avsc on the verdict in both directions, and every breaking direction gets a verified counterexample', () => {
    let breakingDirections = 0;
    let compatibleDirections = 0;
    let explained = 0;
    for (const [oldJson, newJson] of pairs) {
      const oldSchema = avroChecker.parse(JSON.stringify(oldJson));
      const newSchema = avroChecker.parse(JSON.stringify(newJson));
      const changes = avroChecker.diff(oldSchema, newSchema);
      const context = JSON.stringify({ oldJson, newJson });
      for (const direction of ['backward', 'forward'] as const) {
        const [reader, writer] = direction === 'backward' ? [newJson, oldJson] : [oldJson, newJson];
        const breaks = changes.some((c) => c.breaks[direction]);
        expect(breaks, `${direction} ${context}`).toBe(!avscCanRead(reader, writer));
        if (!breaks) {
          compatibleDirections += 1;
          continue;
        }
        breakingDirections += 1;
        const example = avroChecker.counterexample(oldSchema, newSchema, direction);
        expect(example, `${direction} counterexample ${context}`).toBeDefined();
        if (example!.explains) {
          explained += 1;
          // Old-only parts (removed fields) use old-schema pointers, so a kind+path may occur twice.
          const { kind, path } = example!.explains;
          const named = changes.some((c) => c.kind === kind && c.path === path && c.breaks[direction]);
          expect(named, `explains a ${direction} break ${context}`).toBe(true);
        }
        const writerType = Type.forSchema(writer as never, { wrapUnions: true });
        expect(writerType.isValid(writerType.fromString(JSON.stringify(example!.payload)))).toBe(true);
      }
    }
    // The generator must actually produce breaking pairs for this test to mean anything.
    expect(breakingDirections).toBeGreaterThan(300);
    expect(compatibleDirections).toBeGreaterThan(300);
    // Nearly every counterexample names the change it demonstrates.
    expect(explained / breakingDirections).toBeGreaterThan(0.95);
  });
});
