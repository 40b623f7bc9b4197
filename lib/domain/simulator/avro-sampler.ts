import type { SeededRandom } from './rng';

type AvroSchema = string | AvroSchema[] | { type: unknown; [k: string]: unknown };

const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel'];

/**
 * A seeded sample value for an Avro schema (parsed JSON). avsc's own
 * `type.random()` uses Math.random, so runs would not repeat; this one does.
 *
 * @example
 * sampleAvro({ type: 'record', name: 'A', fields: [{ name: 'n', type: 'int' }] }, rng); // { n: 123 }
 */
export function sampleAvro(schema: unknown, rng: SeededRandom): unknown {
  return sample(schema as AvroSchema, rng, new Map(), '');
}

function sample(schema: AvroSchema, rng: SeededRandom, named: Map<string, AvroSchema>, ns: string): unknown {
  if (typeof schema === 'string') return samplePrimitive(schema, rng, named, ns);
  if (Array.isArray(schema)) {
    // union: prefer a non-null branch so payloads carry data
    const branches = schema.filter((b) => b !== 'null');
    if (branches.length === 0) return null;
    return sample(branches[rng.int(branches.length)] as AvroSchema, rng, named, ns);
  }
  const type = schema.type;
  const name = typeof schema.name === 'string' ? schema.name : null;
  const namespace = typeof schema.namespace === 'string' ? schema.namespace : ns;
  if (name) {
    named.set(name, schema);
    named.set(name.includes('.') || !namespace ? name : `${namespace}.${name}`, schema);
  }
  switch (type) {
    case 'record':
    case 'error': {
      const out: Record<string, unknown> = {};
      for (const f of (schema.fields as Array<{ name: string; type: AvroSchema; default?: unknown }>) ?? []) {
        out[f.name] = sample(f.type, rng, named, namespace);
      }
      return out;
    }
    case 'enum': {
      const symbols = (schema.symbols as string[]) ?? [];
      return symbols[rng.int(symbols.length)] ?? null;
    }
    case 'array':
      return Array.from({ length: 1 + rng.int(3) }, () => sample(schema.items as AvroSchema, rng, named, namespace));
    case 'map': {
      const out: Record<string, unknown> = {};
      for (let i = 0, n = 1 + rng.int(2); i < n; i++) {
        out[`key${i}`] = sample(schema.values as AvroSchema, rng, named, namespace);
      }
      return out;
    }
    case 'fixed':
      return randomWord(rng);
    default:
      return sample(type as AvroSchema, rng, named, namespace);
  }
}

function samplePrimitive(name: string, rng: SeededRandom, named: Map<string, AvroSchema>, ns: string): unknown {
  switch (name) {
    case 'null':
      return null;
    case 'boolean':
      return rng.next() < 0.5;
    case 'int':
      return rng.int(100000);
    case 'long':
      return rng.int(1e12);
    case 'float':
    case 'double':
      return Math.round(rng.next() * 1e6) / 100;
    case 'string':
    case 'bytes':
      return randomWord(rng);
    default: {
      const ref = named.get(name) ?? named.get(`${ns}.${name}`);
      return ref === undefined ? null : sample(ref, rng, named, ns);
    }
  }
}

function randomWord(rng: SeededRandom): string {
  return `${WORDS[rng.int(WORDS.length)]}-${rng.int(10000)}`;
}
