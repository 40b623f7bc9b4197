import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../exit-codes';
import { main } from '../main';
import type { Output } from '../output';
import { breakingReview, compatibleReview } from './check-fixtures';

/**
 * `eventflow check` end to end in-process, against a fake Eventflow server on 127.0.0.1 that
 * answers the two endpoints the verb uses, recording what it was sent.
 */
const TOKEN = 'efp_test_token';
const KAFKA_ORDERS = path.resolve(__dirname, '../../../lib/domain/asyncapi/fixtures/kafka-orders.yaml');

interface Received {
  method: string;
  url: string;
  authorization: string | undefined;
  body: unknown;
}

let server: Server;
let url: string;
let dir: string;
let received: Received[] = [];

function answer(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  received.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization, body: text ? JSON.parse(text) : undefined });
  if (req.headers.authorization !== `Bearer ${TOKEN}`) return answer(res, 401, { error: 'This API token is unknown or revoked.' });
  if (req.method === 'GET' && req.url === '/api/v1/workspaces') return answer(res, 200, { items: [{ slug: 'team-a', name: 'Team A', role: 'viewer' }] });
  const match = /^\/api\/v1\/workspaces\/team-a\/events\/([^/]+)\/versions\?dryRun=true$/.exec(req.url ?? '');
  if (req.method !== 'POST' || !match) return answer(res, 404, { error: 'Not found.' });
  const event = decodeURIComponent(match[1] ?? '');
  if (event === 'OrderPlaced') return answer(res, 200, breakingReview);
  if (event === 'OrderShipped') return answer(res, 200, compatibleReview);
  if (event === 'Broken') return answer(res, 422, { error: 'Invalid candidate schema: not JSON', details: { field: 'schema' } });
  return answer(res, 404, { error: `Event "${event}" not found.` });
}

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const out: Output = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await main(argv, {
    out,
    openStore: async () => {
      throw new Error('check must not open the store');
    },
  });
  return { code, stdout, stderr };
}

async function schemaDir(files: Record<string, string>): Promise<string> {
  const target = await mkdtemp(path.join(dir, 'schemas-'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(target, name), text);
  return target;
}

const OBJECT_SCHEMA = '{"type":"object","properties":{"id":{"type":"string"}}}';
const AVRO_SCHEMA = '{"type":"record","name":"RefundIssued","fields":[{"name":"id","type":"string"}]}';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'eventflow-check-'));
  server = createServer((req, res) => void handle(req, res).catch((error: unknown) => answer(res, 500, { error: String(error) })));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('eventflow check against a registry', () => {
  it('fails (exit 1) on a breaking change and prints the pull-request table; a 404 is a new event', async () => {
    received = [];
    const target = await schemaDir({ 'OrderPlaced.schema.json': OBJECT_SCHEMA, 'RefundIssued.avsc': AVRO_SCHEMA, 'README.md': '# not a schema' });
    const result = await run(['check', target, '--server', `${url}/`, '--token', TOKEN, '--format', 'markdown']);
    expect(result.code, result.stderr).toBe(EXIT.failed);
    expect(result.stdout).toContain('| Event | Mode | Verdict |\n| --- | --- | --- |\n| `OrderPlaced` | `BACKWARD` | ❌ breaking (1 problem) |\n| `RefundIssued` | — | 🆕 new, nothing to compare |\n');
    expect(result.stdout).toContain('- **Billing**: reads `/total`');
    expect(received.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /api/v1/workspaces',
      'POST /api/v1/workspaces/team-a/events/OrderPlaced/versions?dryRun=true',
      'POST /api/v1/workspaces/team-a/events/RefundIssued/versions?dryRun=true',
    ]);
    expect(received.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(received[1]?.body).toEqual({ format: 'json-schema', schema: OBJECT_SCHEMA, examples: [] });
    expect(received[2]?.body).toEqual({ format: 'avro', schema: AVRO_SCHEMA, examples: [] });
  });

  it('passes (exit 0) when every schema is compatible or new, for one schema file given as PATH', async () => {
    const target = await schemaDir({ 'OrderShipped.schema.json': OBJECT_SCHEMA });
    const result = await run(['check', path.join(target, 'OrderShipped.schema.json'), '--server', url, '--token', TOKEN]);
    expect(result.code, result.stderr).toBe(EXIT.ok);
    expect(result.stdout).toContain('OrderShipped (');
    expect(result.stdout).toContain('compatible under FULL (1 change, none breaking)');
  });

  // Parsing the AsyncAPI document takes a few seconds when the machine is busy.
  it("checks each event's last version of an AsyncAPI document, as JSON with --json", { timeout: 60_000 }, async () => {
    received = [];
    const result = await run(['check', KAFKA_ORDERS, '--server', url, '--token', TOKEN, '--json']);
    expect(result.code, result.stderr).toBe(EXIT.failed);
    const checks = JSON.parse(result.stdout) as Array<{ event: string; status: string; format: string }>;
    expect(checks.map((c) => c.event)).toEqual(['OrderPlaced', 'OrderCancelled', 'PaymentEvent', 'OrderSnapshot', 'OrderAudited']);
    expect(checks.find((c) => c.event === 'OrderPlaced')?.status).toBe('breaking');
    expect(checks.filter((c) => c.status === 'new')).toHaveLength(4);
    expect(received).toHaveLength(6);
  });

  it('reports a schema the registry refuses (422) as an error testcase and fails', async () => {
    const target = await schemaDir({ 'Broken.schema.json': '{"type":"object"}', 'OrderShipped.schema.json': OBJECT_SCHEMA });
    const result = await run(['check', target, '--server', url, '--token', TOKEN, '--format', 'junit']);
    expect(result.code).toBe(EXIT.failed);
    expect(result.stdout).toContain('<error message="Invalid candidate schema: not JSON" type="REFUSED"/>');
    expect(result.stdout).toContain('tests="2" failures="0" errors="1"');
  });

  it('says the token was refused on a 401, and that the server is unreachable when it is down (exit 1)', async () => {
    const target = await schemaDir({ 'OrderShipped.schema.json': OBJECT_SCHEMA });
    const refused = await run(['check', target, '--server', url, '--token', 'efp_wrong']);
    expect(refused.code).toBe(EXIT.failed);
    expect(refused.stderr).toContain('the token was refused');
    expect(refused.stdout).toBe('');

    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    const down = await run(['check', target, '--server', deadUrl, '--token', TOKEN]);
    expect(down.code).toBe(EXIT.failed);
    expect(down.stderr).toContain(`cannot reach the Eventflow server at ${deadUrl}`);
  });

  it('refuses bad input with exit 2 before calling the server', async () => {
    received = [];
    const empty = await schemaDir({ 'notes.txt': 'nothing here' });
    const cases: Array<[string[], string]> = [
      [['check', empty, '--server', url, '--token', TOKEN], 'no schema files in'],
      [['check', path.join(dir, 'missing'), '--server', url, '--token', TOKEN], 'cannot read PATH'],
      [['check', path.join(empty, 'notes.txt'), '--server', url, '--token', TOKEN], 'is neither a directory'],
    ];
    for (const [argv, message] of cases) {
      const result = await run(argv);
      expect(result.code, argv.join(' ')).toBe(EXIT.usage);
      expect(result.stderr).toContain(message);
    }
    expect(received).toEqual([]);
  });
});
