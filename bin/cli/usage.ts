import { COMMON_FLAGS } from './arguments';
import type { FlagSpec, PositionalSpec, Verb } from './verb';

const EXIT_CODES = `Exit codes:
  0  success
  1  the operation failed (not found, conflict, not allowed, store busy, server unreachable or
     refusing, unexpected error), or it found a problem: an incompatible schema, a breaking
     change, a contract violation in a simulation
  2  bad usage or input: unknown command or option, missing or invalid value, unreadable file,
     invalid schema or AsyncAPI document, bad environment`;

const STORE = `Store (the same one the server uses):
  DATABASE_URL        Postgres to use (postgres://…); when unset, the embedded store below
  EVENTFLOW_DATA_DIR  embedded PGlite directory (default: .data in the Eventflow checkout);
                      only one process may open it, so stop the server first or use Postgres
  EVENTFLOW_SEED      "false" to leave an empty store empty (default: seed the demo workspace)
  EVENTFLOW_DEBUG     "1" to print stack traces of unexpected errors`;

function flagSynopsis(name: string, spec: FlagSpec): string {
  const text = spec.type === 'string' ? `--${name} ${spec.valueName ?? name.toUpperCase()}` : `--${name}`;
  const repeat = spec.multiple ? ` [${text} …]` : '';
  return spec.required ? `${text}${repeat}` : `[${text}${repeat}]`;
}

function positionalSynopsis(spec: PositionalSpec): string {
  const text = spec.variadic ? `${spec.name} [${spec.name}…]` : spec.name;
  return spec.required ? text : `[${text}]`;
}

/** `workspace create NAME [--slug SLUG] …`, the one-line form of a verb. */
export function synopsis(verb: Verb): string {
  const positionals = verb.positionals.map(positionalSynopsis);
  const flags = Object.entries(verb.flags).map(([name, spec]) => flagSynopsis(name, spec));
  return [...verb.path, ...positionals, ...flags, '[--json]'].join(' ');
}

/**
 * The overview: every verb with its flags, the common options, the store and exit codes.
 * @example topLevelUsage(verbs).startsWith('Usage: eventflow <command>') // true
 */
export function topLevelUsage(verbs: readonly Verb[]): string {
  const commands = verbs.map((v) => `  eventflow ${synopsis(v)}\n      ${v.summary}`).join('\n');
  return `Usage: eventflow <command> [options]

Design, check and simulate event-driven systems from the terminal.

Commands:
${commands}
  eventflow help [COMMAND]
      Show help for a command (same as: eventflow COMMAND --help)

Options accepted by every command:
${commonFlagLines()}

${STORE}

${EXIT_CODES}
`;
}

/** Help for the verbs under a group word, e.g. `eventflow workspace --help`. */
export function groupUsage(group: string, verbs: readonly Verb[]): string {
  const lines = verbs.map((v) => `  eventflow ${synopsis(v)}\n      ${v.summary}`).join('\n');
  return `Usage: eventflow ${group} <${verbs.map((v) => v.path.slice(1).join(' ')).join('|')}> [options]

Commands:
${lines}

Run "eventflow ${group} <command> --help" for a command's options.
`;
}

/** Help for one verb: synopsis, arguments, options and exit codes. */
export function verbUsage(verb: Verb): string {
  const flags = Object.entries({ ...verb.flags, ...COMMON_FLAGS }).map(([name, spec]): [string, string] => [
    flagLabel(name, spec),
    spec.description + (spec.required ? ' (required)' : '') + (spec.multiple ? ' (repeatable)' : ''),
  ]);
  const rows: Array<[string, string]> = [
    ...verb.positionals.map((p): [string, string] => [p.name, p.description + (p.required ? '' : ' (optional)')]),
    ...flags,
  ];
  const width = Math.max(...rows.map(([left]) => left.length));
  const table = rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`).join('\n');
  return `Usage: eventflow ${synopsis(verb)}

${verb.summary}

Arguments and options:
${table}

${EXIT_CODES}
`;
}

function flagLabel(name: string, spec: FlagSpec): string {
  const short = spec.short ? `-${spec.short}, ` : '';
  return `${short}--${name}${spec.type === 'string' ? ` ${spec.valueName ?? name.toUpperCase()}` : ''}`;
}

function commonFlagLines(): string {
  return Object.entries(COMMON_FLAGS)
    .map(([name, spec]) => `  ${flagLabel(name, spec).padEnd(12)}${spec.description}`)
    .join('\n');
}
