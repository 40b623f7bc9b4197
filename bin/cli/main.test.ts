import { describe, expect, it } from 'vitest';
import { badRequest, conflict, forbidden, notFound } from '@/lib/server/errors';
import { EXIT, exitCodeFor, UsageError } from './exit-codes';
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
    expect(exitCodeFor(new UsageError('x'))).toBe(2);
    expect(exitCodeFor(notFound('Workspace "x"'))).toBe(1);
    expect(exitCodeFor(conflict('taken'))).toBe(1);
    expect(exitCodeFor(forbidden('owners only'))).toBe(1);
    const busy = new StoreBusyError('/data', { holder: 'server', pid: 1, hostname: 'h', startedAt: '', nonce: 'n' });
    expect(exitCodeFor(busy)).toBe(1);
  });
});
