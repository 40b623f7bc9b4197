import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { call } from './route-harness';
import { serverOnTestPostgres } from './server-on-test-postgres';

const { db, createApiToken, freshWorkspace } = await serverOnTestPostgres();

const compat = await import('@/app/api/v1/compat/route');
const importRoute = await import('@/app/api/v1/workspaces/[workspace]/import/asyncapi/route');

/** A tiny seeded PRNG (mulberry32): the same seed gives the same hostile inputs every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE_SCHEMAS = [
  // Deep nesting.
  '{"type":"object","properties":{"a":'.repeat(3000) + '{"type":"string"}' + '}}'.repeat(3000),
  // Recursive $ref.
  JSON.stringify({ $defs: { n: { type: 'object', properties: { next: { $ref: '#/$defs/n' }, v: { $ref: '#/$defs/n' } } } }, $ref: '#/$defs/n' }),
  // Exponential oneOf combinations.
  JSON.stringify(Array.from({ length: 20 }).reduce<object>((inner) => ({ oneOf: [inner, { ...inner, description: 'x' }, { type: 'null' }] }), { type: 'string' })),
  // A $ref that points nowhere and one that leaves the document.
  JSON.stringify({ $ref: '#/$defs/missing' }),
  JSON.stringify({ $ref: 'http://127.0.0.1:9/schema.json' }),
  JSON.stringify({ type: 'object', properties: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`p${i}`, { type: 'string', pattern: '(a+)+$' }])) }),
];

function randomJson(next: () => number, depth = 0): unknown {
  const pick = Math.floor(next() * (depth > 6 ? 4 : 8));
  switch (pick) {
    case 0: return null;
    case 1: return next() > 0.5;
    case 2: return Math.floor(next() * 2 ** 40) * (next() > 0.5 ? 1 : -1);
    case 3: return ['type', 'object', '$ref', '#/', 'properties', '\u0000', 'é', 'x'.repeat(Math.floor(next() * 500))][Math.floor(next() * 8)];
    case 4: return Array.from({ length: Math.floor(next() * 5) }, () => randomJson(next, depth + 1));
    default: {
      const keys = ['type', 'properties', 'required', 'items', 'oneOf', 'anyOf', 'allOf', '$ref', '$defs', 'enum', 'const', 'additionalProperties', 'format', 'name', 'fields', 'symbols'];
      return Object.fromEntries(Array.from({ length: Math.floor(next() * 5) }, () => [keys[Math.floor(next() * keys.length)]!, randomJson(next, depth + 1)]));
    }
  }
}

/** Hang detector only (no performance claim): a request must come back well within this. */
const HANG_MS = 10_000;
async function within<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('request hung')), HANG_MS))]);
}

let slug = '';
let token = '';
let workspaceId = '';
beforeAll(async () => {
  const database = await db();
  const actor = await freshWorkspace(database);
  slug = actor.slug;
  workspaceId = actor.workspaceId;
  token = (await createApiToken(database, actor, { name: 'fuzz', role: 'owner' })).token;
});

const writes = async () => (await db()).prisma.changeLog.count({ where: { workspaceId } });

describe('fuzzing POST /api/v1/compat', () => {
  it('answers hostile schemas with 200 or a clear 4xx, never a 5xx or a hang', async () => {
    for (const hostile of HOSTILE_SCHEMAS) {
      for (const [previous, candidate] of [[hostile, '{"type":"object"}'], ['{"type":"object"}', hostile], [hostile, hostile]]) {
        const response = await within(call(compat.POST, {}, { method: 'POST', body: { format: 'json-schema', mode: 'FULL_TRANSITIVE', previous: [previous], candidate } }));
        expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBeLessThan(500);
        if (response.status >= 400) expect(typeof (response.body as { error: unknown }).error).toBe('string');
      }
    }
  });

  it('survives 300 seeded random bodies', async () => {
    const next = rng(20261127);
    for (let i = 0; i < 300; i++) {
      const format = next() > 0.3 ? 'json-schema' : 'avro';
      const body = next() > 0.2 ? { format, mode: 'BACKWARD', previous: [JSON.stringify(randomJson(next))], candidate: JSON.stringify(randomJson(next)) } : randomJson(next);
      const response = await within(call(compat.POST, {}, { method: 'POST', body: body as object }));
      expect(response.status, `case ${i}: ${JSON.stringify(body).slice(0, 200)}`).toBeLessThan(500);
    }
  });
});

describe('fuzzing POST …/import/asyncapi', () => {
  const fixture = readFileSync(path.resolve(__dirname, '../../lib/domain/asyncapi/fixtures/kafka-orders.yaml'), 'utf8');

  it('refuses 150 seeded broken documents with 4xx, never a 5xx or a hang, and writes nothing', async () => {
    const next = rng(7);
    const lines = fixture.split('\n');
    let before = await writes();
    for (let i = 0; i < 150; i++) {
      let text: string;
      const mode = i % 5;
      if (mode === 0) text = JSON.stringify(randomJson(next));
      else if (mode === 1) text = lines.filter(() => next() > 0.1).join('\n');
      else if (mode === 2) text = lines.map((l) => (next() > 0.97 ? l.replace(/:\s.*$/, ': [') : l)).join('\n');
      else if (mode === 3) text = fixture.replace(/\$ref: .*/g, () => `$ref: '${['http://127.0.0.1:9/x.yaml', '#/nowhere', './missing.yaml#/a', '#/components/schemas'][Math.floor(next() * 4)]}'`);
      // Duplicate keys: YAML itself refuses the document.
      else text = `asyncapi: 3.0.0\ninfo:\n  title: t\n  version: '1'\nchannels:\n${'  c:\n    address: a\n'.repeat(2 + Math.floor(next() * 3))}`;
      const response = await within(call(importRoute.POST, { workspace: slug }, { method: 'POST', token, body: { files: [{ path: 'spec.yaml', text }] } }));
      expect(response.status, `case ${i}: ${JSON.stringify(response.body).slice(0, 300)}`).toBeLessThan(500);
      if (response.status >= 400) expect(typeof (response.body as { error: unknown }).error).toBe('string');
      // A mutation may still be a valid document; only then may it write.
      if (response.status !== 201) expect(await writes(), `case ${i}`).toBe(before);
      else before = await writes();
    }
  });
});
