import { COMPATIBILITY_MODES, type CompatibilityMode, type SchemaFormat } from '../model';
import { avroChecker, createAvroChecker } from './avro';
import { createJsonSchemaChecker, jsonSchemaChecker } from './json-schema';
import {
  InvalidSchemaError,
  SchemaTooComplexError,
  type CompatibilityInput,
  type CompatibilityReport,
  type Direction,
  type FormatChecker,
  type ReportedChange,
  type SchemaChange,
} from './types';

export interface CheckOptions {
  /** Work budget per compared pair, for either format (checker defaults otherwise). */
  maxSteps?: number;
  /** Build verified counterexamples for the breaking changes (default true). */
  counterexamples?: boolean;
}

/** The directions each mode judges. */
export const MODE_DIRECTIONS: Record<CompatibilityMode, Direction[]> = {
  NONE: [],
  BACKWARD: ['backward'],
  BACKWARD_TRANSITIVE: ['backward'],
  FORWARD: ['forward'],
  FORWARD_TRANSITIVE: ['forward'],
  FULL: ['backward', 'forward'],
  FULL_TRANSITIVE: ['backward', 'forward'],
};

/** Whether a mode compares with every earlier version (else only with the latest). */
export function isTransitive(mode: CompatibilityMode): boolean {
  return mode.endsWith('_TRANSITIVE');
}

function checkerFor(format: SchemaFormat, options: CheckOptions): FormatChecker<unknown> {
  if (format === 'avro') {
    return (options.maxSteps === undefined ? avroChecker : createAvroChecker({ maxSteps: options.maxSteps })) as FormatChecker<unknown>;
  }
  const checker = options.maxSteps === undefined ? jsonSchemaChecker : createJsonSchemaChecker({ maxSteps: options.maxSteps });
  return checker as FormatChecker<unknown>;
}

/** Parses with the format's checker; a bad text becomes InvalidSchemaError naming which one. */
export function parseSchemaText(checker: FormatChecker<unknown>, text: string, which: 'candidate' | number): unknown {
  try {
    return checker.parse(text);
  } catch (error) {
    if (error instanceof SchemaTooComplexError) throw error;
    const label = which === 'candidate' ? 'candidate schema' : `previous version ${which}`;
    throw new InvalidSchemaError(`Invalid ${label}: ${(error as Error).message}`, which);
  }
}

/**
 * Checks a candidate schema against earlier versions under a compatibility mode, with
 * Confluent's meaning: BACKWARD/FORWARD/FULL compare with the latest earlier version only, the
 * `_TRANSITIVE` modes with all of them; NONE is always compatible but still lists the changes.
 * Throws InvalidSchemaError (`which` = 'candidate' or the 1-based previous version) or
 * SchemaTooComplexError.
 *
 * @example
 * checkCompatibility({
 *   format: 'json-schema', mode: 'BACKWARD',
 *   previous: ['{"type":"object","properties":{"id":{"type":"string"}}}'],
 *   candidate: '{"type":"object","properties":{"id":{"type":"integer"}}}',
 * }).compatible; // false
 */
export function checkCompatibility(input: CompatibilityInput, options: CheckOptions = {}): CompatibilityReport {
  const checker = checkerFor(input.format, options);
  const candidate = parseSchemaText(checker, input.candidate, 'candidate');
  const previous = input.previous.map((text, index) => parseSchemaText(checker, text, index + 1));
  const matrix = Object.fromEntries(COMPATIBILITY_MODES.map((mode) => [mode, true])) as Record<CompatibilityMode, boolean>;
  if (previous.length === 0) return { compatible: true, mode: input.mode, changes: [], matrix };

  const latest = previous.length;
  const diffs = previous.map((schema) => checker.diff(schema, candidate));
  const breaks = (version: number, direction: Direction) => diffs[version - 1]!.some((change) => change.breaks[direction]);
  const comparedVersions = (mode: CompatibilityMode) => (isTransitive(mode) ? previous.map((_, index) => index + 1) : [latest]);
  for (const mode of COMPATIBILITY_MODES) {
    matrix[mode] = comparedVersions(mode).every((version) => MODE_DIRECTIONS[mode].every((direction) => !breaks(version, direction)));
  }

  const breakingUnder = (change: SchemaChange, version: number): CompatibilityMode[] =>
    COMPATIBILITY_MODES.filter(
      (mode) =>
        (isTransitive(mode) || version === latest) &&
        MODE_DIRECTIONS[mode].some((direction) => change.breaks[direction]),
    );
  const changes: ReportedChange[] = comparedVersions(input.mode).flatMap((version) =>
    diffs[version - 1]!.map((change) => ({ ...change, against: version, breakingUnder: breakingUnder(change, version) })),
  );

  if (options.counterexamples !== false) {
    for (const version of comparedVersions(input.mode)) {
      for (const direction of MODE_DIRECTIONS[input.mode]) {
        if (breaks(version, direction)) attachCounterexample(checker, previous[version - 1], candidate, version, direction, changes);
      }
    }
  }
  const breaksMode = (change: ReportedChange) => (change.breakingUnder.includes(input.mode) ? 0 : 1);
  const breaksAny = (change: ReportedChange) => (change.breaks.backward || change.breaks.forward ? 0 : 1);
  changes.sort(
    (a, b) =>
      breaksMode(a) - breaksMode(b) ||
      breaksAny(a) - breaksAny(b) ||
      compareText(a.path, b.path) ||
      a.against - b.against ||
      compareText(a.kind, b.kind),
  );
  return { compatible: matrix[input.mode], mode: input.mode, changes, matrix };
}

/**
 * At most one counterexample per (version, direction), on the change it demonstrates or else the
 * first breaking change of that direction still without one.
 */
function attachCounterexample(
  checker: FormatChecker<unknown>,
  old: unknown,
  candidate: unknown,
  version: number,
  direction: Direction,
  changes: ReportedChange[],
): void {
  const open = changes.filter((change) => change.against === version && change.breaks[direction] && !change.counterexample);
  // One counterexample per change: a change breaking both ways already shows one, which is enough.
  if (open.length === 0) return;
  let counterexample;
  try {
    counterexample = checker.counterexample(old, candidate, direction);
  } catch {
    // A counterexample is an illustration: failing to build one (budget, ajv limits) never changes the verdict.
    return;
  }
  if (!counterexample) return;
  const explained = counterexample.explains;
  const target = (explained && open.find((change) => change.path === explained.path && change.kind === explained.kind)) ?? open[0];
  if (target) target.counterexample = counterexample;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
