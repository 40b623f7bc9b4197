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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX = '0123456789abcdef';

/**
 * A copy of `payload` whose id-like top-level string fields are made unique
 * for emission `n` without changing their shape (see `shiftId`).
 *
 * @example
 * withFreshIds({ orderId: 'ord_0001', total: 5 }, 7); // { orderId: 'ord_0008', total: 5 }
 */
export function withFreshIds(payload: unknown, n: number): unknown {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return payload;
  let out: Record<string, unknown> | null = null;
  for (const [key, value] of Object.entries(payload)) {
    if (typeof value !== 'string' || !(key === 'id' || key.endsWith('Id') || key.endsWith('_id'))) continue;
    out ??= { ...(payload as Record<string, unknown>) };
    out[key] = shiftId(value, n);
  }
  return out ?? payload;
}

/**
 * The id `n` steps after `value`, keeping its length and the character class
 * (digit, upper, lower, hex in UUIDs) of every position, so schema patterns
 * such as `^cus_[A-Za-z0-9]{8,}$` still match.
 *
 * @example
 * shiftId('cus_0000A9', 2); // 'cus_0000B1'
 */
export function shiftId(value: string, n: number): string {
  const chars = value.split('');
  const uuid = UUID.test(value);
  let carry = n;
  for (let i = chars.length - 1; i >= 0 && carry > 0; i--) {
    const c = chars[i] as string;
    const alphabet = uuid ? (c === '-' ? null : HEX) : classOf(c);
    if (alphabet === null) continue;
    const at = alphabet.indexOf(uuid ? c.toLowerCase() : c) + carry;
    chars[i] = alphabet[at % alphabet.length] as string;
    carry = Math.floor(at / alphabet.length);
  }
  return chars.join('');
}

function classOf(c: string): string | null {
  if (c >= '0' && c <= '9') return '0123456789';
  if (c >= 'A' && c <= 'Z') return 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  if (c >= 'a' && c <= 'z') return 'abcdefghijklmnopqrstuvwxyz';
  return null;
}
