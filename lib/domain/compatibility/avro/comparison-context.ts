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

const DIRECTIONS: readonly Direction[] = ['backward', 'forward'];
const BOTH: Record<Direction, boolean> = { backward: true, forward: true };

interface SharedState {
  /** The directions each (old, new) named pair has been compared in. */
  entered: Map<AvroNode, Map<AvroNode, Set<Direction>>>;
  /** Memoised "can this reader read that writer" verdicts, and the order they were settled in. */
  readable: Map<AvroNode, Map<AvroNode, boolean>>;
  settled: Array<[AvroNode, AvroNode]>;
}

/**
 * State shared by one comparison: the step budget, the named-type pairs already compared
 * (recursive schemas), memoised "can this reader read that writer" verdicts, and the
 * directions in which the current position is actually resolved (its scope).
 *
 * @example
 * const context = new ComparisonContext(compareTypes);
 * context.canRead(longNode, intNode); // true: int promotes to long
 */
export class ComparisonContext {
  constructor(
    readonly compare: CompareTypes,
    readonly budget: StepBudget = new StepBudget(),
    private readonly state: SharedState = { entered: new Map(), readable: new Map(), settled: [] },
    readonly scope: Record<Direction, boolean> = BOTH,
  ) {}

  /** The same comparison, narrowed to the directions in which a nested pair is resolved. */
  within(resolved: Record<Direction, boolean>): ComparisonContext {
    const scope = { backward: this.scope.backward && resolved.backward, forward: this.scope.forward && resolved.forward };
    return new ComparisonContext(this.compare, this.budget, this.state, scope);
  }

  /**
   * Marks an (old, new) named pair as compared in the current scope and returns the directions
   * not compared before: empty for a cycle or a repeat, so each pair is reported once per direction.
   */
  enter(oldNode: AvroNode, newNode: AvroNode): Direction[] {
    let byNew = this.state.entered.get(oldNode);
    if (!byNew) this.state.entered.set(oldNode, (byNew = new Map()));
    let done = byNew.get(newNode);
    if (!done) byNew.set(newNode, (done = new Set()));
    const fresh = DIRECTIONS.filter((d) => this.scope[d] && !done.has(d));
    for (const d of fresh) done.add(d);
    return fresh;
  }

  /**
   * Whether `reader` can resolve everything `writer` writes, by Avro's resolution rules.
   * A pair under evaluation is assumed readable, which is the usual way to close recursive types.
   */
  canRead(reader: AvroNode, writer: AvroNode): boolean {
    const { readable, settled } = this.state;
    let byWriter = readable.get(reader);
    if (!byWriter) readable.set(reader, (byWriter = new Map()));
    const known = byWriter.get(writer);
    if (known !== undefined) return known;
    byWriter.set(writer, true);
    const mark = settled.length;
    const fresh = new ComparisonContext(this.compare, this.budget, { entered: new Map(), readable, settled });
    // The writer plays "old" and the reader "new", so only the backward verdict matters here.
    const verdict = !this.compare(fresh, writer, reader, '', '').some((c) => c.breaks.backward);
    if (!verdict) {
      // Verdicts reached meanwhile may rest on the now-disproved assumption: forget them.
      for (const [r, w] of settled.splice(mark)) readable.get(r)?.delete(w);
    }
    byWriter.set(writer, verdict);
    settled.push([reader, writer]);
    return verdict;
  }
}

/**
 * Builds a change; `breaks` lists the directions it breaks.
 *
 * @example
 * change('FIELD_REMOVED', '/fields/1', [], 'Field `note` was removed; old readers use its default.');
 */
export function change(kind: string, path: string, breaks: Direction[], message: string): SchemaChange {
  return {
    kind,
    path,
    breaks: { backward: breaks.includes('backward'), forward: breaks.includes('forward') },
    message,
  };
}

/**
 * Keeps a nested change's breaks only for the directions where the enclosing pair is resolved.
 *
 * @example
 * onlyIn(changes, { backward: true, forward: false }); // forward breaks cleared
 */
export function onlyIn(changes: SchemaChange[], resolved: Record<Direction, boolean>): SchemaChange[] {
  return changes.map((c) => ({
    ...c,
    breaks: { backward: c.breaks.backward && resolved.backward, forward: c.breaks.forward && resolved.forward },
  }));
}

/**
 * Directions (as a list) for which the flags say "breaks".
 *
 * @example
 * breaking({ backward: true, forward: false }); // ['backward']
 */
export function breaking(flags: Record<Direction, boolean>): Direction[] {
  return DIRECTIONS.filter((d) => flags[d]);
}
