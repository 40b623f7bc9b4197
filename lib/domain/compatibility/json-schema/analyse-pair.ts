import type { BreakingDirections, Counterexample, Direction, SchemaChange } from '../types';
import { isCompatibleKind } from './change-kinds';
import { compareNodes } from './compare-schemas';
import { DEFAULT_MAX_STEPS, DiffContext, type Difference } from './diff-context';
import { mergeDirections } from './merge-directions';
import { SameDeclaration } from './same-declaration';
import type { JsonSchemaDocument } from './schema-node';

/** Both directions' raw findings and the merged, explained change list. */
export interface PairAnalysis {
  backward: Difference[];
  forward: Difference[];
  changes: SchemaChange[];
  /** Counterexamples already searched for (deterministic, so kept with the analysis). */
  counterexamples: Map<Direction, Counterexample | undefined>;
}

/**
 * Runs `compare(old, new)` (backward: old writes, new reads) and `compare(new, old)` (forward)
 * under one step budget, once per pair of parsed documents (kept on the old document: a check
 * asks for the diff, then the counterexample, of the same pair).
 *
 * @example analysePair(parseJsonSchema(v1), parseJsonSchema(v2)).changes
 */
export function analysePair(old: JsonSchemaDocument, next: JsonSchemaDocument, maxSteps = DEFAULT_MAX_STEPS): PairAnalysis {
  if (old.analysed?.next === next) return old.analysed.analysis;
  return remember(old, next, analyseUncached(old, next, maxSteps, true));
}

/**
 * The analysis itself; `skipUnchanged: false` compares every declaration instead of skipping the
 * ones SameDeclaration calls unchanged (tests check both ways agree).
 */
export function analyseUncached(old: JsonSchemaDocument, next: JsonSchemaDocument, maxSteps: number, skipUnchanged: boolean): PairAnalysis {
  const { backward, forward } = directionRuns(old, next, maxSteps, skipUnchanged, BOTH_DIRECTIONS);
  return { backward, forward, changes: mergeDirections(backward, forward), counterexamples: new Map() };
}

const BOTH_DIRECTIONS: BreakingDirections = { backward: true, forward: true };

/**
 * `compare(old, new)` then `compare(new, old)` under one step budget, each only if wanted (else
 * no findings); no findings at all when SameDeclaration calls the whole pair unchanged.
 */
function directionRuns(old: JsonSchemaDocument, next: JsonSchemaDocument, maxSteps: number, skipUnchanged: boolean, wanted: BreakingDirections) {
  const ctx = new DiffContext(maxSteps);
  if (skipUnchanged) ctx.sameDeclaration = new SameDeclaration(old, next, () => ctx.step());
  if (ctx.sameDeclaration?.same(old.raw, next.raw)) return { backward: [], forward: [] };
  ctx.writerIsOld = true;
  const backward = wanted.backward ? compareNodes(ctx, old.root, next.root) : [];
  ctx.writerIsOld = false;
  const forward = wanted.forward ? compareNodes(ctx, next.root, old.root) : [];
  return { backward, forward };
}

/**
 * Only whether the pair breaks each wanted direction: the runs `analysePair` makes, without
 * explaining or merging their findings, and without the run of a direction not wanted (its
 * answer is then false). Same verdicts as `analysePair(...).changes` (a test compares them); for
 * the earlier versions a check lists no changes against, only to fill the mode matrix.
 *
 * @example breakingDirections(v1, v2, DEFAULT_MAX_STEPS, { backward: true, forward: false }).backward
 */
export function breakingDirections(old: JsonSchemaDocument, next: JsonSchemaDocument, maxSteps: number, wanted: BreakingDirections): BreakingDirections {
  if (old.analysed?.next === next) {
    const { changes } = old.analysed.analysis;
    return { backward: wanted.backward && changes.some((c) => c.breaks.backward), forward: wanted.forward && changes.some((c) => c.breaks.forward) };
  }
  const { backward, forward } = directionRuns(old, next, maxSteps, true, wanted);
  return { backward: backward.some(isBreaking), forward: forward.some(isBreaking) };
}

const isBreaking = (finding: Difference) => !isCompatibleKind(finding.kind);

/** A plain field, not a WeakMap: a WeakMap entry per check made garbage collection cost ~40% of a cold check. */
function remember(old: JsonSchemaDocument, next: JsonSchemaDocument, analysis: PairAnalysis): PairAnalysis {
  old.analysed = { next, analysis };
  return analysis;
}
