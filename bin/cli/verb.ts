import type { Database } from '@/lib/server/db';
import type { Output } from './output';

/** A `--flag` a verb accepts; `--json` and `--help` are added to every verb. */
export interface FlagSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Missing required flags are a usage error (exit 2) before anything runs. */
  required?: boolean;
  /** Shown in usage as `--flag VALUE`. */
  valueName?: string;
  description: string;
}

export interface PositionalSpec {
  name: string;
  required: boolean;
  description: string;
}

/** What a verb receives: its parsed arguments, where to write, and the store (opened on first use). */
export interface VerbCall {
  flags: Readonly<Record<string, string | boolean | undefined>>;
  positionals: Readonly<Record<string, string | undefined>>;
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
  run(call: VerbCall): Promise<void>;
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
