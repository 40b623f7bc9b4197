import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';
import { UsageError } from './exit-codes';
import type { ArgValue, FlagSpec, Verb } from './verb';

/** Flags every verb accepts. */
export const COMMON_FLAGS: Readonly<Record<'json' | 'help', FlagSpec>> = {
  json: { type: 'boolean', description: 'Print the result as JSON on stdout.' },
  help: { type: 'boolean', short: 'h', description: 'Show this help.' },
};

export interface ParsedVerbArgs {
  flags: Record<string, ArgValue>;
  positionals: Record<string, ArgValue>;
  json: boolean;
  help: boolean;
}

/**
 * Parses the arguments after a verb's path with node's `util.parseArgs` (strict), then
 * checks positional counts and required flags. Problems throw UsageError naming the argument.
 * @example parseVerbArgs(workspaceCreate, ['Team A', '--json']) // { positionals: { NAME: 'Team A' }, json: true, … }
 */
export function parseVerbArgs(verb: Verb, args: readonly string[]): ParsedVerbArgs {
  const command = verb.path.join(' ');
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const [name, spec] of Object.entries({ ...verb.flags, ...COMMON_FLAGS })) {
    options[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(describeParseError(error, command), command);
  }
  const values = parsed.values as Record<string, ArgValue>;
  const help = values.help === true;
  const positionals: Record<string, ArgValue> = {};
  verb.positionals.forEach((spec, i) => {
    const rest = parsed.positionals.slice(i);
    positionals[spec.name] = spec.variadic ? (rest.length > 0 ? rest : undefined) : parsed.positionals[i];
  });
  const takesRest = verb.positionals.at(-1)?.variadic === true;
  if (!help) {
    const extra = takesRest ? undefined : parsed.positionals[verb.positionals.length];
    if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}" for ${command}`, command);
    const missingPositional = verb.positionals.find((spec) => spec.required && positionals[spec.name] === undefined);
    if (missingPositional) throw new UsageError(`${missingPositional.name} is required`, command);
    const missingFlag = Object.entries(verb.flags).find(([name, spec]) => spec.required && values[name] === undefined);
    if (missingFlag) throw new UsageError(`--${missingFlag[0]} is required`, command);
  }
  const flags = Object.fromEntries(Object.keys(verb.flags).map((name) => [name, values[name]]));
  return { flags, positionals, json: values.json === true, help };
}

/** node's parseArgs messages, rephrased to name the command. */
function describeParseError(error: unknown, command: string): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(message)?.[1] ?? 'option';
    return `unknown option ${option} for ${command}`;
  }
  if (code?.startsWith('ERR_PARSE_ARGS_')) return `${message.replace(/'/g, '')} (${command})`;
  throw error;
}

/**
 * Validates `input` with a shared contract schema; the first problem becomes a
 * UsageError phrased in CLI terms (`labels` maps schema fields to `--flag` / `NAME`).
 * @example validateInput(TokenCreateSchema, { role: 'admin' }, { role: '--role' }, 'token create')
 * // throws UsageError('--role must be one of viewer, editor, owner')
 */
export function validateInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  labels: Readonly<Record<string, string>>,
  command: string,
): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new UsageError(`invalid arguments for ${command}`, command);
  const field = String(issue.path[0] ?? '');
  const label = labels[field] ?? (field ? `--${field}` : command);
  if (issue.code === 'invalid_value' && 'values' in issue && Array.isArray(issue.values)) {
    throw new UsageError(`${label} must be one of ${issue.values.map(String).join(', ')}`, command);
  }
  throw new UsageError(`${label}: ${issue.message}`, command);
}
