import type { Direction, SchemaChange } from '../types';
import type { AvroNode } from './schema-node';
import { StepBudget } from './step-budget';

/** Compares an old and a new type found at `path` (new schema) / `oldPath` (old schema). */
export type CompareTypes = (
  context: ComparisonContext,
  oldNode: AvroNode,
  newNode: AvroNode,
  path: string,
  oldPath: string,
) => SchemaChange[];

/**
 * State shared by one comparison: the step budget, the named-type pairs already being compared
 * (recursive schemas), and memoised "can this reader read that writer" verdicts.
 */
export class ComparisonContext {
  private readonly entered = new Map<AvroNode, Set<AvroNode>>();

  constructor(
    readonly compare: CompareTypes,
    readonly budget: StepBudget = new StepBudget(),
    private readonly readable: Map<AvroNode, Map<AvroNode, boolean>> = new Map(),
    private readonly settled: Array<[AvroNode, AvroNode]> = [],
  ) {}

  /** Marks an (old, new) named pair as entered; false when it already was (a cycle or a repeat). */
  enter(oldNode: AvroNode, newNode: AvroNode): boolean {
    let seen = this.entered.get(oldNode);
    if (!seen) this.entered.set(oldNode, (seen = new Set()));
    if (seen.has(newNode)) return false;
    seen.add(newNode);
    return true;
  }

  /**
   * Whether `reader` can resolve everything `writer` writes, by Avro's resolution rules.
   * A pair under evaluation is assumed readable, which is the usual way to close recursive types.
   */
  canRead(reader: AvroNode, writer: AvroNode): boolean {
    let byWriter = this.readable.get(reader);
    if (!byWriter) this.readable.set(reader, (byWriter = new Map()));
    const known = byWriter.get(writer);
    if (known !== undefined) return known;
    byWriter.set(writer, true);
    const mark = this.settled.length;
    const fresh = new ComparisonContext(this.compare, this.budget, this.readable, this.settled);
    // The writer plays "old" and the reader "new", so only the backward verdict matters here.
    const verdict = !this.compare(fresh, writer, reader, '', '').some((c) => c.breaks.backward);
    if (!verdict) {
      // Verdicts reached meanwhile may rest on the now-disproved assumption: forget them.
      for (const [r, w] of this.settled.splice(mark)) this.readable.get(r)?.delete(w);
    }
    byWriter.set(writer, verdict);
    this.settled.push([reader, writer]);
    return verdict;
  }
}

/** Builds a change; `breaks` lists the directions it breaks. */
export function change(kind: string, path: string, breaks: Direction[], message: string): SchemaChange {
  return {
    kind,
    path,
    breaks: { backward: breaks.includes('backward'), forward: breaks.includes('forward') },
    message,
  };
}

/** Keeps a nested change's breaks only for the directions where the enclosing pair is resolved. */
export function onlyIn(changes: SchemaChange[], resolved: Record<Direction, boolean>): SchemaChange[] {
  return changes.map((c) => ({
    ...c,
    breaks: { backward: c.breaks.backward && resolved.backward, forward: c.breaks.forward && resolved.forward },
  }));
}

/** Directions (as a list) for which the flags say "breaks". */
export function breaking(flags: Record<Direction, boolean>): Direction[] {
  return (['backward', 'forward'] as const).filter((d) => flags[d]);
}
