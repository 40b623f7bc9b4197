import type { Database } from '@/lib/server/db';
import { parseVerbArgs } from './arguments';
import { describeError, EXIT, exitCodeFor, UsageError, type ExitCode } from './exit-codes';
import { processOutput, type Output } from './output';
import { verbs } from './registry';
import type { OpenStore } from './store';
import { groupUsage, topLevelUsage, verbUsage } from './usage';
import type { Verb } from './verb';

export interface MainOptions {
  out?: Output;
  /** Replaces the real store (tests of argument handling never reach it). */
  openStore?: (out: Output) => Promise<OpenStore>;
}

/**
 * Runs one `eventflow` command line and returns its exit code (see EXIT); never throws.
 * @example process.exitCode = await main(['workspace', 'list', '--json']);
 */
export async function main(argv: readonly string[], options: MainOptions = {}): Promise<ExitCode> {
  const out = options.out ?? processOutput;
  const debug = process.env.EVENTFLOW_DEBUG === '1';
  let store: OpenStore | undefined;
  try {
    const first = argv[0];
    if (first === undefined || first === '--help' || first === '-h') {
      out.stdout(topLevelUsage(verbs));
      return EXIT.ok;
    }
    if (first === 'help') {
      out.stdout(helpFor(argv.slice(1)));
      return EXIT.ok;
    }
    const found = findVerb(argv);
    if ('help' in found) {
      out.stdout(found.help);
      return EXIT.ok;
    }
    const { verb, rest } = found;
    const args = parseVerbArgs(verb, rest);
    if (args.help) {
      out.stdout(verbUsage(verb));
      return EXIT.ok;
    }
    const open = options.openStore ?? (async (o: Output) => (await import('./store')).openStore(o));
    let opening: Promise<Database> | undefined;
    const code = await verb.run({
      flags: args.flags,
      positionals: args.positionals,
      json: args.json,
      out,
      store: () =>
        (opening ??= open(out).then((opened) => {
          store = opened;
          return opened.db;
        })),
    });
    return code ?? EXIT.ok;
  } catch (error) {
    out.stderr(describeError(error, debug));
    if (error instanceof UsageError) {
      out.stderr(error.command ? `Run "eventflow ${error.command} --help" for usage.\n` : 'Run "eventflow --help" for usage.\n');
    }
    return exitCodeFor(error);
  } finally {
    // Closing lets the process exit promptly and frees the embedded store for the server.
    await store?.close().catch((error: unknown) => out.stderr(describeError(error, debug)));
  }
}

/**
 * The verb named by the leading words of argv and the arguments after it, or the help
 * text for `eventflow GROUP --help`. Throws UsageError for an unknown command.
 */
function findVerb(argv: readonly string[]): { verb: Verb; rest: readonly string[] } | { help: string } {
  const matches = verbs.filter((v) => v.path.every((word, i) => argv[i] === word));
  const verb = matches.sort((a, b) => b.path.length - a.path.length)[0];
  if (verb) return { verb, rest: argv.slice(verb.path.length) };
  const first = argv[0] ?? '';
  const group = verbs.filter((v) => v.path[0] === first && v.path.length > 1);
  if (group.length > 0) {
    const wantsHelp = argv[1] === '--help' || argv[1] === '-h';
    if (wantsHelp && argv.length === 2) return { help: groupUsage(first, group) };
    const choices = group.map((v) => v.path.slice(1).join(' ')).join(', ');
    const given = argv[1];
    throw new UsageError(
      given === undefined || given.startsWith('-')
        ? `"${first}" needs a command: ${choices}`
        : `unknown command "${first} ${given}"; "${first}" has: ${choices}`,
      first,
    );
  }
  throw new UsageError(first.startsWith('-') ? `unknown option ${first}; put the command first` : `unknown command "${first}"`);
}

function helpFor(words: readonly string[]): string {
  if (words.length === 0) return topLevelUsage(verbs);
  const verb = verbs.find((v) => v.path.length === words.length && v.path.every((w, i) => words[i] === w));
  if (verb) return verbUsage(verb);
  const group = verbs.filter((v) => v.path[0] === words[0] && v.path.length > 1);
  if (words.length === 1 && group.length > 0) return groupUsage(words[0] ?? '', group);
  throw new UsageError(`no help for unknown command "${words.join(' ')}"`);
}
