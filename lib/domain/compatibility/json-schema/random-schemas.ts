/**
 * Random JSON Schemas over a few shared `$defs` (one recursive) and small random edits of them:
 * generated inputs for the checker's differential tests (test support, deterministic per seed).
 */
import type { Random } from '../test-prng';

type Json = Record<string, unknown>;

const LEAVES: Json[] = [{ type: 'string' }, { type: 'string', maxLength: 8 }, { type: 'integer' }, { type: 'number', minimum: 0 }, { type: ['string', 'null'] }, { enum: ['a', 'b'] }];
const REFS = ['#/$defs/a', '#/$defs/b', '#/$defs/node'];

/** A random schema over a few shared `$defs` (one recursive), so `$ref`s are everywhere. */
export function randomSchema(random: Random): Json {
  const property = (depth: number): Json => {
    const roll = random.next();
    if (roll < 0.3) return { $ref: random.pick(REFS) };
    if (roll < 0.45 && depth < 2) return object(depth + 1);
    if (roll < 0.55) return { type: 'array', items: property(depth + 1) };
    return { ...random.pick(LEAVES) };
  };
  const object = (depth: number): Json => {
    const properties: Json = {};
    for (const name of ['p', 'q', 'r', 's']) if (random.next() < 0.75) properties[name] = property(depth);
    const schema: Json = { type: 'object', properties, required: Object.keys(properties).filter(() => random.next() < 0.3) };
    if (random.next() < 0.4) schema.additionalProperties = false;
    return schema;
  };
  return {
    ...object(0),
    $defs: {
      a: { ...random.pick(LEAVES) },
      b: object(1),
      node: { type: 'object', properties: { value: { ...random.pick(LEAVES) }, next: { $ref: '#/$defs/node' } } },
    },
  };
}

/** One small edit somewhere (often only inside `$defs`, which the `$ref`s see). */
export function mutate(random: Random, schema: Json): Json {
  const copy = structuredClone(schema);
  const defs = copy.$defs as Record<string, Json>;
  const target = random.pick([copy, defs.b!, defs.node!.properties as Json, defs, copy.properties as Json]);
  const key = random.pick(Object.keys(target).length ? Object.keys(target) : ['p']);
  const roll = random.next();
  if (roll < 0.5 && target !== copy && target !== defs.b) target[key] = { ...random.pick(LEAVES) };
  else if (roll < 0.7) defs.a = { ...random.pick(LEAVES) };
  else if (roll < 0.85) (defs.node!.properties as Json).value = { ...random.pick(LEAVES) };
  else copy.additionalProperties = copy.additionalProperties === false ? true : false;
  return copy;
}
