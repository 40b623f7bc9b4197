import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runLauncher } from './testing/launcher';

/**
 * compat, import/export asyncapi and simulate, spawned as users run them. `compat` never
 * opens the store; the others share one fresh embedded store (each opening costs seconds).
 */
const SLOW = 120_000;
const FIXTURES = path.join(REPO, 'lib', 'domain', 'asyncapi', 'fixtures');

let dataDir: string;
let cwd: string;

function eventflow(...args: string[]) {
  return runLauncher(args, { cwd, dataDir });
}

const schema = (properties: Record<string, unknown>, required: string[], closed = false) =>
  JSON.stringify({ type: 'object', properties, required, ...(closed ? { additionalProperties: false } : {}) });
const id = { type: 'string' };
const total = { type: 'number' };

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'eventflow-cli-verbs-store-'));
  cwd = await mkdtemp(path.join(tmpdir(), 'eventflow-cli-verbs-cwd-'));
  const files: Record<string, string> = {
    'v1.json': schema({ id }, ['id']),
    // Closed models: an optional property added to an open one may already have been sent with any type.
    'closed-v1.json': schema({ id }, ['id'], true),
    'closed-v2-optional-total.json': schema({ id, total }, ['id'], true),
    'v2-required-total.json': schema({ id, total }, ['id', 'total']),
    'not-a-schema.json': '{"type":"objekt"}',
  };
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(cwd, name), text);
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await rm(cwd, { recursive: true, force: true });
});

describe.sequential('eventflow compat (offline)', () => {
  it('exits 0 for a compatible pair and 1 for a breaking one, naming the change', { timeout: SLOW }, async () => {
    const compatible = await eventflow('compat', '--format', 'json-schema', '--mode', 'BACKWARD', '--old', 'closed-v1.json', '--new', 'closed-v2-optional-total.json');
    expect(compatible.code, compatible.stderr).toBe(0);
    expect(compatible.stdout).toMatch(/^COMPATIBLE under BACKWARD/);

    const breaking = await eventflow('compat', '--format', 'json-schema', '--mode', 'BACKWARD', '--old', 'v1.json', '--new', 'v2-required-total.json');
    expect(breaking.code, breaking.stderr).toBe(1);
    expect(breaking.stdout).toMatch(/^INCOMPATIBLE under BACKWARD: 1 breaking change/);
    expect(breaking.stdout).toMatch(/\[BREAKING\] REQUIRED_PROPERTY_ADDED\S* at \/properties\/total/);
    expect(breaking.stdout).toContain("must have required property 'total'");
  });

  it('exits 2 naming the file for an invalid schema', { timeout: SLOW }, async () => {
    const run = await eventflow('compat', '--format', 'json-schema', '--mode', 'FULL', '--old', 'v1.json', '--new', 'not-a-schema.json');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error: --new not-a-schema.json: Invalid candidate schema');
    expect(run.stdout).toBe('');
  });

  it('compares with every --old under a transitive mode, and only the latest otherwise', { timeout: SLOW }, async () => {
    const olds = ['--old', 'v1.json', '--old', 'v2-required-total.json', '--old', 'v2-required-total.json'];
    const latestOnly = await eventflow('compat', '--format', 'json-schema', '--mode', 'BACKWARD', ...olds, '--new', 'v2-required-total.json', '--json');
    expect(latestOnly.code, latestOnly.stderr).toBe(0);
    expect(JSON.parse(latestOnly.stdout)).toMatchObject({ compatible: true, mode: 'BACKWARD', matrix: { BACKWARD_TRANSITIVE: false } });

    const transitive = await eventflow('compat', '--format', 'json-schema', '--mode', 'BACKWARD_TRANSITIVE', ...olds, '--new', 'v2-required-total.json');
    expect(transitive.code, transitive.stderr).toBe(1);
    expect(transitive.stdout).toMatch(/at \/properties\/total \(against version 1\)/);
    expect(transitive.stdout).not.toContain('against version 2');
    expect(await readdir(dataDir)).toEqual([]);
  });
});

describe.sequential('eventflow import / export asyncapi and simulate', () => {
  const orders = path.join(FIXTURES, 'kafka-orders.yaml');

  it('previews an import without writing, then imports, then re-imports as a no-op', { timeout: SLOW }, async () => {
    const preview = await eventflow('import', 'asyncapi', orders, '--workspace', 'orders', '--dry-run');
    expect(preview.code, preview.stderr).toBe(0);
    expect(preview.stdout).toContain('nothing was written');
    const counts = /^\d+ created, .*$/m.exec(preview.stdout)?.[0];
    expect(counts).toMatch(/^[1-9]\d* created, 0 updated, [1-9]\d* new versions, 0 refused, 0 unchanged\.$/);
    expect(preview.stdout).toMatch(/^create +event +OrderPlaced$/m);

    // "new workspace" and the same counts: the preview left neither the workspace nor its contents behind.
    const applied = await eventflow('import', 'asyncapi', orders, '--workspace', 'orders');
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain('Imported "Order Platform" 2.3.0 into the new workspace orders.');
    expect(applied.stdout).toContain(`${counts}\n`);

    const again = await eventflow('import', 'asyncapi', orders, '--workspace', 'orders', '--json');
    expect(again.code, again.stderr).toBe(0);
    const outcome = JSON.parse(again.stdout) as { dryRun: boolean; summary: { counts: Record<string, number> } };
    expect(outcome.dryRun).toBe(false);
    expect(outcome.summary.counts).toMatchObject({ create: 0, update: 0, 'new-version': 0, refused: 0 });
    expect(outcome.summary.counts.unchanged).toBeGreaterThan(0);
  });

  it('refuses an invalid document with exit 2 and one "path: message" line per diagnostic', { timeout: SLOW }, async () => {
    const run = await eventflow('import', 'asyncapi', path.join(FIXTURES, 'invalid-missing-fields.yaml'), '--workspace', 'broken');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error: The AsyncAPI document is invalid; nothing was imported.');
    expect(run.stderr).toMatch(/^\/info: .*"version"/m);
    expect(run.stderr).toMatch(/^\/channels\/orders\/address: /m);
    const list = await eventflow('workspace', 'list', '--json');
    expect((JSON.parse(list.stdout) as Array<{ slug: string }>).map((w) => w.slug).sort()).toEqual(['demo', 'orders']);
  });

  it('exports the imported workspace as AsyncAPI YAML, to stdout or a file', { timeout: SLOW }, async () => {
    const stdout = await eventflow('export', 'asyncapi', '--workspace', 'orders');
    expect(stdout.code, stdout.stderr).toBe(0);
    expect(stdout.stdout.startsWith('asyncapi: 3.0.0\n')).toBe(true);
    expect(stdout.stdout).toContain('OrderPlaced');

    const out = path.join(cwd, 'orders.asyncapi.json');
    const file = await eventflow('export', 'asyncapi', '--workspace', 'orders', '--version', '2.6.0', '--format', 'json', '--out', out, '--json');
    expect(file.code, file.stderr).toBe(0);
    const written = await readFile(out, 'utf8');
    expect(JSON.parse(file.stdout)).toEqual({ file: out, bytes: Buffer.byteLength(written) });
    expect(JSON.parse(written)).toMatchObject({ asyncapi: '2.6.0' });
  });

  it('simulates the seeded demo flow and prints the run as JSON (exit 0: no contract violations)', { timeout: SLOW }, async () => {
    const run = await eventflow('simulate', '--workspace', 'demo', '--flow', 'ecommerce-order-flow', '--events', '300', '--seed', '7', '--json');
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { flow: { slug: string }; result: { seed: number; totals: { events: number; violations: number } } };
    expect(result.flow.slug).toBe('ecommerce-order-flow');
    expect(result.result.seed).toBe(7);
    expect(result.result.totals.violations).toBe(0);
    expect(result.result.totals.events).toBeGreaterThan(0);
  });
});
