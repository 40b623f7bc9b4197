import { describe, expect, it, vi } from 'vitest';
import { jsonSchemaFor } from '@/bench/load/payload-schema';
import { mulberry32 } from '@/bench/load/random';
import { seedCatalogs } from '../seed';
import { rejectedPayloads } from './payload-rejections';
import { compilePayloadValidator } from './payload-validator';
import type { SchemaFormat } from '../model';

// The real validator, watched: the point of the interpreter is not compiling one per publish.
vi.mock('./payload-validator', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./payload-validator')>();
  return { ...actual, compilePayloadValidator: vi.fn(actual.compilePayloadValidator) };
});

/** What ajv alone says: the reference the interpreter-first path must reproduce exactly. */
function ajvRejections(format: SchemaFormat, text: string, payloads: unknown[]) {
  const validate = compilePayloadValidator(format, text);
  return payloads.flatMap((payload, index) => {
    const check = validate(payload);
    return check.valid ? [] : [{ index, errors: check.errors }];
  });
}

/** Plausible stale examples: the valid one and a few edits a schema change would make invalid. */
function variants(example: Record<string, unknown>): unknown[] {
  const keys = Object.keys(example);
  const out: unknown[] = [example, {}, { ...example, unexpected: 1 }, null, 'text', []];
  for (const key of keys.slice(0, 6)) {
    const { [key]: _dropped, ...rest } = example;
    out.push(rest, { ...example, [key]: null }, { ...example, [key]: 12.5 }, { ...example, [key]: 'x'.repeat(300) }, { ...example, [key]: [] }, { ...example, [key]: {} });
  }
  return out;
}

describe('rejectedPayloads (interpreter first, ajv for rejections)', () => {
  it('agrees with ajv exactly on generated catalog schemas and edited examples', () => {
    const rng = mulberry32(42);
    const entities = ['order', 'payment', 'shipment', 'invoice', 'customer', 'refund'];
    let compared = 0;
    for (let i = 0; i < 60; i++) {
      const { schema, example } = jsonSchemaFor(rng, entities[i % entities.length]!, 'changed');
      const text = JSON.stringify(schema);
      for (const payload of variants(example)) {
        expect(rejectedPayloads('json-schema', text, [payload]), `${text}\n${JSON.stringify(payload)}`).toEqual(ajvRejections('json-schema', text, [payload]));
        compared += 1;
      }
      expect(rejectedPayloads('json-schema', text, variants(example))).toEqual(ajvRejections('json-schema', text, variants(example)));
    }
    expect(compared).toBeGreaterThan(1500);
  }, 30_000);

  it("agrees with ajv on every seeded version's examples, and on each version's examples against the next version", () => {
    for (const seed of seedCatalogs) {
      for (const event of seed.document.events) {
        const versions = event.versions ?? [];
        versions.forEach((version, index) => {
          const own = version.examples ?? [];
          const payloads = [...own, ...(versions[index - 1]?.examples ?? []), ...own.flatMap((e) => (e && typeof e === 'object' && !Array.isArray(e) ? variants(e as Record<string, unknown>) : []))];
          expect(rejectedPayloads(version.format, version.schema, payloads), `${event.name}@${version.label}`).toEqual(ajvRejections(version.format, version.schema, payloads));
        });
      }
    }
  });

  it('leaves keywords the interpreter lacks to ajv', () => {
    const text = JSON.stringify({ type: 'object', properties: { a: { type: 'string' } }, unevaluatedProperties: false });
    expect(rejectedPayloads('json-schema', text, [{ a: 'x' }, { a: 'x', b: 1 }])).toEqual(ajvRejections('json-schema', text, [{ a: 'x' }, { a: 'x', b: 1 }]));
    expect(rejectedPayloads('json-schema', text, [{ a: 'x', b: 1 }])).toHaveLength(1);
  });

  it('compiles no validator when the interpreter accepts every payload', () => {
    const { schema, example } = jsonSchemaFor(mulberry32(7), 'order', 'placed');
    const compile = vi.mocked(compilePayloadValidator);
    compile.mockClear();
    expect(rejectedPayloads('json-schema', JSON.stringify(schema), [example, example])).toEqual([]);
    expect(compile).not.toHaveBeenCalled();
    expect(rejectedPayloads('json-schema', JSON.stringify(schema), [example, {}])).toHaveLength(1);
    expect(compile).toHaveBeenCalledTimes(1);
  });

  it('reports nothing for no payloads', () => {
    expect(rejectedPayloads('json-schema', '{"type":"string"}', [])).toEqual([]);
  });
});
