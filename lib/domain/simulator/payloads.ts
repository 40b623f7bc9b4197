import { generateSync } from 'json-schema-faker';
import { sampleAvro } from './avro-sampler';
import { removeField, writeField } from './field-path';
import { deriveRandom } from './rng';
import type { SimEventVersion } from './simulation-model';

/** Generated samples per (event, version); cycling a pool keeps generation out of the hot loop. */
export const GENERATED_POOL_SIZE = 16;

/**
 * Where an event version's payloads come from: its examples round-robin, else a
 * pool of samples generated (seeded) from its JSON Schema or Avro schema.
 * Payloads are shared, never mutated: writers copy (see `writeField`).
 *
 * @example
 * const source = new PayloadSource(version, 42);
 * source.next(); // first example, or a generated sample
 */
export class PayloadSource {
  private readonly pool: unknown[];
  private cursor = 0;
  readonly generated: boolean;

  constructor(version: SimEventVersion, seed: number, poolSize = GENERATED_POOL_SIZE) {
    if (version.examples.length > 0) {
      this.pool = version.examples;
      this.generated = false;
    } else {
      this.pool = generatePayloads(version, seed, poolSize);
      this.generated = true;
    }
  }

  next(): unknown {
    const value = this.pool[this.cursor];
    this.cursor = this.cursor + 1 === this.pool.length ? 0 : this.cursor + 1;
    return value;
  }
}

/**
 * `count` deterministic samples for a version's schema; `{}` samples when the
 * schema cannot be parsed (the contract check will say so).
 *
 * @example
 * generatePayloads({ number: 1, label: '1', format: 'json-schema', schema: '{"type":"object"}', examples: [] }, 1, 2);
 */
export function generatePayloads(version: SimEventVersion, seed: number, count: number): unknown[] {
  let schema: unknown;
  try {
    schema = JSON.parse(version.schema);
  } catch {
    return [{}];
  }
  const out: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const sampleSeed = (Math.imul(seed, 31) + version.number * 7919 + i * 104729) >>> 0;
    try {
      out.push(
        version.format === 'avro'
          ? sampleAvro(schema, deriveRandom(sampleSeed, i))
          : generateSync(stripMeta(schema) as Parameters<typeof generateSync>[0], { seed: sampleSeed, maxDepth: 6 }),
      );
    } catch {
      out.push({});
    }
  }
  return out;
}

/** Remove `$schema`/`$id` so the faker does not try to resolve the meta-schema. */
function stripMeta(schema: unknown): unknown {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const { $schema: _s, $id: _i, ...rest } = schema as Record<string, unknown>;
  return rest;
}

/**
 * A copy of `payload` that breaks its contract: the first required field (JSON
 * Schema) or first record field (Avro) is removed; failing that, the first field
 * gets a value of the wrong type.
 *
 * @example
 * malformPayload(version, { orderId: 'o-1', total: 5 }); // { total: 5 } when orderId is required
 */
export function malformPayload(version: SimEventVersion, payload: unknown): unknown {
  let schema: Record<string, unknown> | null = null;
  try {
    schema = JSON.parse(version.schema) as Record<string, unknown>;
  } catch {
    schema = null;
  }
  const mustHave =
    version.format === 'avro'
      ? ((schema?.fields as Array<{ name: string }> | undefined)?.[0]?.name ?? null)
      : ((schema?.required as string[] | undefined)?.[0] ?? null);
  if (mustHave !== null && payload !== null && typeof payload === 'object') {
    return removeField(payload, [mustHave]);
  }
  if (payload !== null && typeof payload === 'object') {
    const first = Object.keys(payload)[0];
    if (first !== undefined) {
      const old = (payload as Record<string, unknown>)[first];
      return writeField(payload, [first], typeof old === 'string' ? 12345 : 'malformed');
    }
  }
  return typeof payload === 'string' ? 12345 : 'malformed';
}
