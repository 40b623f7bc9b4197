import { describe, expect, it } from 'vitest';
import { badRequest, conflict, forbidden, notFound, unprocessable } from '@/lib/server/errors';
import { parseVerbArgs } from './arguments';
import { describeError, EXIT, exitCodeFor, InputError, OperationError, UsageError } from './exit-codes';
import compat from './verbs/compat';
import importAsyncApi from './verbs/import-asyncapi';
import { main } from './main';
import type { Output } from './output';
import { StoreBusyError } from '@/lib/server/store-lock';

/** Runs main in-process with captured output; the store must not be reached unless `store` is given. */
async function run(argv: string[], store?: () => Promise<never>) {
  let stdout = '';
  let stderr = '';
  let storeOpened = false;
  const out: Output = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await main(argv, {
    out,
    openStore: async () => {
      storeOpened = true;
      if (store) return store();
      throw new Error('the store should not be opened for this command line');
    },
  });
  return { code, stdout, stderr, storeOpened };
}

describe('eventflow argument handling', () => {
  it('answers help in all its spellings with exit 0', async () => {
    const top = await run([]);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('Usage: eventflow <command>');
    const viaHelpVerb = await run(['help', 'workspace', 'create']);
    const viaFlag = await run(['workspace', 'create', '--help']);
    expect(viaHelpVerb.code).toBe(0);
    expect(viaHelpVerb.stdout).toBe(viaFlag.stdout);
    expect(viaFlag.stdout).toContain('--slug SLUG');
    const group = await run(['workspace', '-h']);
    expect(group.code).toBe(0);
    expect(group.stdout).toContain('eventflow workspace list');
  });

  it('lists every verb with its contract flags in the overview', async () => {
    const { stdout } = await run(['--help']);
    for (const text of [
      'eventflow compat --format json-schema|avro --mode MODE --old FILE [--old FILE …] --new FILE [--json]',
      'eventflow check [PATH] --server URL --token TOKEN [--format text|json|markdown|junit] [--json]',
      'eventflow import asyncapi FILE [FILE…] --workspace SLUG [--dry-run] [--json]',
      'eventflow export asyncapi --workspace SLUG [--version 3.0.0|2.6.0] [--format yaml|json] [--service SERVICE] [--flow FLOW] [--out FILE] [--json]',
      'eventflow simulate --workspace SLUG --flow FLOW [--events N] [--seed S] [--json]',
    ]) {
      expect(stdout).toContain(text);
    }
    const importHelp = await run(['import', '--help']);
    expect(importHelp.stdout).toContain('eventflow import asyncapi FILE [FILE…]');
  });

  it.each([
    [['workspace'], '"workspace" needs a command: create, list'],
    [['workspace', 'rename'], 'unknown command "workspace rename"'],
    [['workspace', 'create', 'Team', '--bogus'], 'unknown option --bogus for workspace create'],
    [['workspace', 'create', 'Team', 'extra'], 'unexpected argument "extra"'],
    [['workspace', 'create'], 'NAME is required'],
    [['workspace', 'create', ''], 'NAME: Name is required'],
    [['workspace', 'create', 'Team', '--slug', 'Bad Slug'], '--slug: Use lowercase letters'],
    [['workspace', 'list', '--json=yes'], '--json'],
    [['token', 'create', '--workspace', 'Not A Slug', '--role', 'viewer'], '--workspace: Use lowercase letters'],
    [['token', 'create', '--workspace', 'team-a'], '--role is required'],
    [['help', 'nonsense'], 'unknown command "nonsense"'],
    [['compat', '--mode', 'BACKWARD', '--old', 'a.json', '--new', 'b.json'], '--format is required'],
    [['compat', '--format', 'json-schema', '--old', 'a.json', '--new', 'b.json'], '--mode is required'],
    [['compat', '--format', 'json-schema', '--mode', 'BACKWARD', '--new', 'b.json'], '--old is required'],
    [['compat', '--format', 'json-schema', '--mode', 'BACKWARD', '--old', 'a.json'], '--new is required'],
    [['compat', '--format', 'xml', '--mode', 'BACKWARD', '--old', 'a', '--new', 'b'], '--format must be one of json-schema, avro'],
    [['compat', '--format', 'avro', '--mode', 'SIDEWAYS', '--old', 'a', '--new', 'b'], '--mode must be one of NONE, BACKWARD, BACKWARD_TRANSITIVE'],
    [['compat', '--format', 'avro', '--mode', 'FULL', '--old', 'no/such/old.avsc', '--new', 'b'], 'cannot read --old no/such/old.avsc: no such file'],
    [['check', '--token', 'efp_x'], '--server is required'],
    [['check', '--server', 'http://localhost:3000'], '--token is required'],
    [['check', '--server', 'ftp://localhost', '--token', 'efp_x'], "--server: give the server's http(s) address"],
    [['check', '--server', 'http://localhost:3000', '--token', 'efp_x', '--format', 'pdf'], '--format must be one of text, json, markdown, junit'],
    [['check', '--server', 'http://localhost:3000', '--token', 'efp_x', '--format', 'junit', '--json'], '--json and --format junit disagree'],
    [['check', 'no/such/dir', '--server', 'http://localhost:3000', '--token', 'efp_x'], 'cannot read PATH no/such/dir'],
    [['import', 'asyncapi', '--workspace', 'team-a'], 'FILE is required'],
    [['import', 'asyncapi', 'orders.yaml'], '--workspace is required'],
    [['import', 'asyncapi', 'orders.yaml', '--workspace', 'Team A'], '--workspace: Use lowercase letters'],
    [['import', 'asyncapi', 'no/such/orders.yaml', '--workspace', 'team-a'], 'cannot read FILE no/such/orders.yaml'],
    [['import', 'asyncapi', 'orders.yaml', '--workspace', 'team-a', '--dry-run=yes'], '--dry-run'],
    [['export', 'asyncapi'], '--workspace is required'],
    [['export', 'asyncapi', '--workspace', 'team-a', '--service', 'a', '--flow', 'b'], 'give either --service or --flow, not both'],
    [['export', 'asyncapi', '--workspace', 'team-a', '--version', '2.0.0'], '--version must be one of 3.0.0, 2.6.0'],
    [['export', 'asyncapi', '--workspace', 'team-a', '--format', 'xml'], '--format must be one of yaml, json'],
    [['export', 'asyncapi', '--workspace', 'team-a', '--format', 'yaml', '--json'], '--json prints the document as JSON'],
    [['export', 'nothing'], 'unknown command "export nothing"'],
    [['simulate', '--flow', 'f'], '--workspace is required'],
    [['simulate', '--workspace', 'demo'], '--flow is required'],
    [['simulate', '--workspace', 'demo', '--flow', 'f', '--events', 'many'], '--events must be a whole number'],
    [['simulate', '--workspace', 'demo', '--flow', 'f', '--events', '0'], '--events: Too small'],
    [['simulate', '--workspace', 'demo', '--flow', 'f', '--seed=-1'], '--seed: Too small'],
  ])('%j is a usage error (exit 2) naming the problem, before the store opens', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
    expect(result.storeOpened).toBe(false);
  });

  it('reports an unexpected failure as one line with exit 1', async () => {
    const result = await run(['workspace', 'list'], async () => {
      throw new Error('disk on fire\n    at somewhere (file.ts:1:1)');
    });
    expect(result.code).toBe(EXIT.failed);
    expect(result.stderr).toBe('error: disk on fire (set EVENTFLOW_DEBUG=1 for details)\n');
  });

  it('maps use-case errors: bad input to 2, every other refusal to 1', () => {
    expect(exitCodeFor(badRequest('no letters'))).toBe(2);
    expect(exitCodeFor(unprocessable('invalid document'))).toBe(2);
    expect(exitCodeFor(new InputError('cannot read --new x'))).toBe(2);
    expect(exitCodeFor(new OperationError('the token was refused'))).toBe(1);
    expect(exitCodeFor(new UsageError('x'))).toBe(2);
    expect(exitCodeFor(notFound('Workspace "x"'))).toBe(1);
    expect(exitCodeFor(conflict('taken'))).toBe(1);
    expect(exitCodeFor(forbidden('owners only'))).toBe(1);
    const busy = new StoreBusyError('/data', { holder: 'server', pid: 1, hostname: 'h', startedAt: '', nonce: 'n' });
    expect(exitCodeFor(busy)).toBe(1);
  });
});

describe('repeatable flags and variadic positionals', () => {
  it('collects a repeated flag in order and every remaining positional', () => {
    const parsed = parseVerbArgs(compat, ['--old', 'v1.json', '--format', 'avro', '--old', 'v2.json', '--mode', 'FULL', '--new', 'v3.json']);
    expect(parsed.flags.old).toEqual(['v1.json', 'v2.json']);
    expect(parsed.flags.new).toBe('v3.json');
    const files = parseVerbArgs(importAsyncApi, ['main.yaml', 'common/messages.yaml', '--workspace', 'w', 'schemas.json']);
    expect(files.positionals.FILE).toEqual(['main.yaml', 'common/messages.yaml', 'schemas.json']);
  });

  it('prints an input error with its detail lines as they are, and no pointer to --help', () => {
    expect(describeError(new InputError('The AsyncAPI document is invalid', ['/info: must have "version"']), false)).toBe(
      'error: The AsyncAPI document is invalid\n/info: must have "version"\n',
    );
  });
});
