import type { Database } from '@/lib/server/db';
import type { ExitCode } from './exit-codes';
import type { Output } from './output';

/** A `--flag` a verb accepts; `--json` and `--help` are added to every verb. */
export interface FlagSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Missing required flags are a usage error (exit 2) before anything runs. */
  required?: boolean;
  /** Shown in usage as `--flag VALUE`. */
  valueName?: string;
  /** A string flag that may repeat (`--old a --old b`); its value is then a list. */
  multiple?: boolean;
  description: string;
}

export interface PositionalSpec {
  name: string;
  required: boolean;
  /** The last positional may take every remaining argument (`FILE [FILE…]`); its value is then a list. */
  variadic?: boolean;
  description: string;
}

/** A parsed argument: a string, a boolean switch, or the list of a repeated flag / variadic positional. */
export type ArgValue = string | boolean | string[] | undefined;

/** What a verb receives: its parsed arguments, where to write, and the store (opened on first use). */
export interface VerbCall {
  flags: Readonly<Record<string, ArgValue>>;
  positionals: Readonly<Record<string, ArgValue>>;
  json: boolean;
  out: Output;
  store(): Promise<Database>;
}

/**
 * One CLI command, e.g. `workspace create`. Verbs validate their arguments with the
 * shared zod contracts and call lib/server use cases (imported inside `run`, so help
 * stays fast); they hold no business rules.
 */
export interface Verb {
  path: readonly [string, ...string[]];
  summary: string;
  positionals: readonly PositionalSpec[];
  flags: Readonly<Record<string, FlagSpec>>;
  /** Resolves to the exit code (0 when nothing is returned); failures throw. */
  run(call: VerbCall): Promise<ExitCode | void>;
}

/**
 * Typed identity helper so a verb file reads as a declaration.
 * @example export default defineVerb({ path: ['workspace', 'list'], summary: 'List workspaces', positionals: [], flags: {}, run: async (call) => {…} });
 */
export function defineVerb(verb: Verb): Verb {
  return verb;
}

/** The value of a string flag, or undefined when absent. */
export function stringFlag(call: VerbCall, name: string): string | undefined {
  const value = call.flags[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Every value of a repeated flag or variadic positional, in the order given (empty when absent).
 * @example stringList(call.flags, 'old') // ['v1.json', 'v2.json'] for `--old v1.json --old v2.json`
 */
export function stringList(values: Readonly<Record<string, ArgValue>>, name: string): string[] {
  const value = values[name];
  if (Array.isArray(value)) return value;
  return typeof value === 'string' ? [value] : [];
}
