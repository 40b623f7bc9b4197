import type { Counterexample, Direction, SchemaChange } from '../types';
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

const analyses = new WeakMap<JsonSchemaDocument, WeakMap<JsonSchemaDocument, PairAnalysis>>();

/**
 * Runs `compare(old, new)` (backward: old writes, new reads) and `compare(new, old)` (forward)
 * under one step budget, once per pair of parsed documents.
 *
 * @example analysePair(parseJsonSchema(v1), parseJsonSchema(v2)).changes
 */
export function analysePair(old: JsonSchemaDocument, next: JsonSchemaDocument, maxSteps = DEFAULT_MAX_STEPS): PairAnalysis {
  const known = analyses.get(old)?.get(next);
  if (known) return known;
  const ctx = new DiffContext(maxSteps);
  ctx.sameDeclaration = new SameDeclaration(old, next, () => ctx.step());
  if (ctx.sameDeclaration.same(old.raw, next.raw)) return remember(old, next, { backward: [], forward: [], changes: [], counterexamples: new Map() });
  ctx.writerIsOld = true;
  const backward = compareNodes(ctx, old.root, next.root);
  ctx.writerIsOld = false;
  const forward = compareNodes(ctx, next.root, old.root);
  return remember(old, next, { backward, forward, changes: mergeDirections(backward, forward), counterexamples: new Map() });
}

function remember(old: JsonSchemaDocument, next: JsonSchemaDocument, analysis: PairAnalysis): PairAnalysis {
  let byNext = analyses.get(old);
  if (!byNext) analyses.set(old, (byNext = new WeakMap()));
  byNext.set(next, analysis);
  return analysis;
}
