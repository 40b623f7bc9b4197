/** Helpers shared by the JSON Schema checker's tests: run a check, re-verify every counterexample with a fresh ajv. */
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import type { CompatibilityMode } from '../../model';
import { checkCompatibility } from '../check-compatibility';
import type { CompatibilityReport, Counterexample, ReportedChange } from '../types';

export type Schema = Record<string, unknown> | boolean;

/** A fresh ajv per call: independent of the checker's own cached validators. */
function freshValidator(schema: Schema) {
  const draft07 = typeof schema === 'object' && String(schema.$schema ?? '').includes('draft-07');
  const ajv = draft07 ? new Ajv({ strict: false, logger: false }) : new Ajv2020({ strict: false, logger: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** Asserts the payload is accepted by the writer side and rejected by the reader side. */
export function expectVerified(example: Counterexample, old: Schema, next: Schema): void {
  const [writer, reader] = example.acceptedBy === 'old' ? [old, next] : [next, old];
  expect(example.acceptedBy).toBe(example.direction === 'backward' ? 'old' : 'new');
  expect(freshValidator(writer)(example.payload), `writer accepts ${JSON.stringify(example.payload)}`).toBe(true);
  expect(freshValidator(reader)(example.payload), `reader rejects ${JSON.stringify(example.payload)}`).toBe(false);
}

export interface CheckResult {
  report: CompatibilityReport;
  compatible: boolean;
  kinds: string[];
  change: (kind: string) => ReportedChange;
}

/**
 * Checks `candidate` against `previous` (oldest first) under `mode`; re-verifies every
 * counterexample against the two schemas it claims to separate, and (unless told the break is
 * only conservative) requires every (version, direction) the mode finds broken to be shown by
 * a counterexample on one of its breaking changes.
 */
export function check(mode: CompatibilityMode, previous: Schema[], candidate: Schema, options: { everyBreakShown?: boolean } = {}): CheckResult {
  const report = checkCompatibility({
    format: 'json-schema',
    mode,
    previous: previous.map((schema) => JSON.stringify(schema)),
    candidate: JSON.stringify(candidate),
  });
  // Every check doubles as a differential test of the parsed-input path (fresh copies: no identity shared with the texts).
  const fromParsed = checkCompatibility({ format: 'json-schema', mode, previous: previous.map((schema) => structuredClone(schema)), candidate: structuredClone(candidate), parsed: true });
  expect(fromParsed).toEqual(report);
  for (const change of report.changes) {
    if (change.counterexample) expectVerified(change.counterexample, previous[change.against - 1]!, candidate);
  }
  const broken = report.changes.filter((change) => change.breakingUnder.includes(mode));
  for (const version of new Set(broken.map((change) => change.against))) {
    for (const direction of ['backward', 'forward'] as const) {
      const breaksHere = broken.some((change) => change.against === version && change.breaks[direction]);
      const judged = mode.startsWith('FULL') || mode.startsWith(direction.toUpperCase());
      if (breaksHere && judged && options.everyBreakShown !== false) {
        const shown = broken.some((change) => change.against === version && change.breaks[direction] && change.counterexample);
        expect(shown, `a ${direction} counterexample against version ${version}`).toBe(true);
      }
    }
  }
  return {
    report,
    compatible: report.compatible,
    kinds: report.changes.map((change) => change.kind),
    change: (kind: string) => {
      const found = report.changes.find((change) => change.kind === kind);
      expect(found, `change ${kind} in ${JSON.stringify(report.changes.map((c) => c.kind))}`).toBeDefined();
      return found!;
    },
  };
}

/** A closed object schema with the given properties. */
export const closed = (properties: Record<string, Schema>, extra: Record<string, unknown> = {}): Schema => ({
  type: 'object',
  properties,
  additionalProperties: false,
  ...extra,
});

/** An open object schema with the given properties. */
export const open = (properties: Record<string, Schema>, extra: Record<string, unknown> = {}): Schema => ({
  type: 'object',
  properties,
  ...extra,
});

export const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
