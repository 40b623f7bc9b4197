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

/** Counterexample searches per check (each may compile validators for both versions), so 100 earlier versions cannot multiply the cost. */
const MAX_COUNTEREXAMPLE_SEARCHES = 8;

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
  return readSchema(checker, text, false, which);
}

/** A schema text (or already-parsed JSON) through the format's checker, errors named as in parseSchemaText. */
function readSchema(checker: FormatChecker<unknown>, source: unknown, parsed: boolean, which: 'candidate' | number): unknown {
  try {
    return parsed ? checker.read(source) : checker.parse(source as string);
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
 * SchemaTooComplexError. With `parsed: true`, the schemas are JSON data instead of texts.
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
  const parsed = input.parsed === true;
  const candidate = readSchema(checker, input.candidate, parsed, 'candidate');
  const previous: unknown[] = [];
  for (let index = 0; index < input.previous.length; index += 1) previous.push(readSchema(checker, input.previous[index], parsed, index + 1));
  const matrix = {} as Record<CompatibilityMode, boolean>;
  if (previous.length === 0) {
    for (const mode of COMPATIBILITY_MODES) matrix[mode] = true;
    return { compatible: true, mode: input.mode, changes: [], matrix };
  }

  const latest = previous.length;
  const reported = comparedVersions(input.mode, latest);
  // Changes are listed against the mode's versions only: those get a full diff (1-based; index 0 unused).
  const diffs: Array<SchemaChange[] | undefined> = [undefined];
  const breaksBackward = [false];
  const breaksForward = [false];
  const listsAll = isTransitive(input.mode) || !checker.breaks;
  for (let version = 1; version <= latest; version += 1) {
    const diff = listsAll || version === latest ? checker.diff(previous[version - 1], candidate) : undefined;
    diffs.push(diff);
    breaksBackward.push(diff?.some(breaksBackwardChange) ?? false);
    breaksForward.push(diff?.some(breaksForwardChange) ?? false);
  }
  // The other versions only fill the matrix's _TRANSITIVE columns, which need to know whether ANY
  // version breaks a direction: once one does, the rest need not be asked about it (left false).
  let anyBackward = breaksBackward.includes(true);
  let anyForward = breaksForward.includes(true);
  for (let version = latest - 1; version >= 1 && checker.breaks && !(anyBackward && anyForward); version -= 1) {
    if (diffs[version]) continue;
    const found = checker.breaks(previous[version - 1], candidate, { backward: !anyBackward, forward: !anyForward });
    breaksBackward[version] = found.backward;
    breaksForward[version] = found.forward;
    anyBackward ||= found.backward;
    anyForward ||= found.forward;
  }
  // A _TRANSITIVE mode breaks when any version breaks one of its directions, a plain one when the latest does.
  for (const mode of COMPATIBILITY_MODES) {
    const transitive = isTransitive(mode);
    let compatible = true;
    for (const direction of MODE_DIRECTIONS[mode]) {
      const broken = transitive ? (direction === 'backward' ? anyBackward : anyForward) : (direction === 'backward' ? breaksBackward : breaksForward)[latest];
      if (broken) compatible = false;
    }
    matrix[mode] = compatible;
  }

  const changes: ReportedChange[] = [];
  for (const version of reported) {
    for (const change of diffs[version]!) {
      changes.push({ kind: change.kind, path: change.path, breaks: change.breaks, message: change.message, against: version, breakingUnder: breakingUnder(change, version === latest) });
    }
  }

  if (options.counterexamples !== false) {
    // Latest version first: when the search cap is reached, the versions that matter most have theirs.
    let searches = 0;
    for (const version of [...reported].reverse()) {
      for (const direction of MODE_DIRECTIONS[input.mode]) {
        const broken = (direction === 'backward' ? breaksBackward : breaksForward)[version];
        if (!broken || searches >= MAX_COUNTEREXAMPLE_SEARCHES) continue;
        searches += 1;
        attachCounterexample(checker, previous[version - 1], candidate, version, direction, changes);
      }
    }
  }
  changes.sort((a, b) => reportOrder(a, b, input.mode));
  return { compatible: matrix[input.mode], mode: input.mode, changes, matrix };
}

const breaksBackwardChange = (change: SchemaChange) => change.breaks.backward;
const breaksForwardChange = (change: SchemaChange) => change.breaks.forward;

/** The 1-based earlier versions a mode compares with: all for `_TRANSITIVE`, else the latest. */
function comparedVersions(mode: CompatibilityMode, latest: number): number[] {
  if (!isTransitive(mode)) return [latest];
  const versions: number[] = [];
  for (let version = 1; version <= latest; version += 1) versions.push(version);
  return versions;
}

/** The modes under which a change (against the latest earlier version, or an older one) breaks. */
function breakingUnder(change: SchemaChange, againstLatest: boolean): CompatibilityMode[] {
  // Eight possible answers: copied from a table, not worked out again for every change.
  return BREAKING_UNDER[(againstLatest ? 4 : 0) + (change.breaks.backward ? 2 : 0) + (change.breaks.forward ? 1 : 0)]!.slice();
}

const BREAKING_UNDER: CompatibilityMode[][] = [false, true].flatMap((againstLatest) =>
  [false, true].flatMap((backward) =>
    [false, true].map((forward) =>
      COMPATIBILITY_MODES.filter((mode) => {
        if (!againstLatest && !isTransitive(mode)) return false;
        const directions = MODE_DIRECTIONS[mode];
        return (directions.includes('backward') && backward) || (directions.includes('forward') && forward);
      }),
    ),
  ),
);

/** Changes breaking the checked mode first, then any breaking change, then by path, version, kind. */
function reportOrder(a: ReportedChange, b: ReportedChange, mode: CompatibilityMode): number {
  return (
    rank(!a.breakingUnder.includes(mode)) - rank(!b.breakingUnder.includes(mode)) ||
    rank(!(a.breaks.backward || a.breaks.forward)) - rank(!(b.breaks.backward || b.breaks.forward)) ||
    compareText(a.path, b.path) ||
    a.against - b.against ||
    compareText(a.kind, b.kind)
  );
}

function rank(last: boolean): number {
  return last ? 1 : 0;
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
