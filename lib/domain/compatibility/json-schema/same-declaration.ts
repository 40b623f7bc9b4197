import { resolveLocalRef } from './resolve-ref';
import type { JsonSchemaDocument } from './schema-node';

type Raw = Record<string, unknown>;

/**
 * Decides that two raw schema declarations (one from each document) are the same schema, so
 * comparing them cannot find a change and the diff may skip them: equal JSON, with every `$ref`
 * followed into its own document (the same `$ref` text may point at different definitions).
 * Only ever answers "same" when it is sure; "not same" just means "compare them".
 * Each object visited costs one step of the comparison's budget.
 */
export class SameDeclaration {
  /** Pairs (old object → new objects) known to differ: the path to a difference is walked once. */
  private readonly differing = new Map<object, Set<object>>();
  /** `$ref` targets (old → new) known equal, or being compared (a cycle counts as equal). */
  private readonly sameTargets = new Map<object, Set<object>>();
  /** Every pair added to sameTargets, in order, so a failed comparison can take back what it assumed. */
  private readonly assumed: Array<[object, object]> = [];
  /** Pairs `same` answered yes for: the forward run asks about the pairs the backward run did. */
  private readonly known = new Map<unknown, unknown>();

  constructor(
    private readonly old: JsonSchemaDocument,
    private readonly next: JsonSchemaDocument,
    private readonly step: () => void,
  ) {}

  /** Whether `oldRaw` (in the old document) and `newRaw` (in the new one) are the same schema. */
  same(oldRaw: unknown, newRaw: unknown): boolean {
    if (this.old.draft !== this.next.draft) return false;
    if (oldRaw !== null && typeof oldRaw === 'object' && this.known.get(oldRaw) === newRaw) return true;
    // Sound to keep: `same` is never re-entered, so every assumption still standing was confirmed.
    if (!this.equal(oldRaw, newRaw)) return false;
    if (oldRaw !== null && typeof oldRaw === 'object') this.known.set(oldRaw, newRaw);
    return true;
  }

  private equal(a: unknown, b: unknown): boolean {
    if (a === b) return true;
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
    if (this.differing.get(a)?.has(b)) return false;
    this.step();
    const same = Array.isArray(a) ? Array.isArray(b) && this.equalArrays(a, b as unknown[]) : !Array.isArray(b) && this.equalObjects(a as Raw, b as Raw);
    if (!same) remember(this.differing, a, b);
    return same;
  }

  private equalArrays(a: unknown[], b: unknown[]): boolean {
    if (a.length !== b.length) return false;
    for (let index = 0; index < a.length; index += 1) if (!this.equal(a[index], b[index])) return false;
    return true;
  }

  private equalObjects(a: Raw, b: Raw): boolean {
    let keys = 0;
    for (const _key in b) keys += 1;
    for (const key in a) {
      keys -= 1;
      // An inherited name (`constructor`) on one side reads as a function there: never equal to JSON.
      if (!Object.prototype.hasOwnProperty.call(b, key) || !this.equal(a[key], b[key])) return false;
    }
    if (keys !== 0) return false;
    return typeof a.$ref !== 'string' || this.equalRefTargets(a.$ref, b.$ref as string);
  }

  private equalRefTargets(oldRef: string, newRef: string): boolean {
    let oldTarget: unknown;
    let newTarget: unknown;
    try {
      oldTarget = resolveLocalRef(this.old.raw, this.old.ids, oldRef);
      newTarget = resolveLocalRef(this.next.raw, this.next.ids, newRef);
    } catch {
      return false; // a `$ref`-named key inside data (an enum value...): not worth deciding
    }
    if (oldTarget === null || newTarget === null || typeof oldTarget !== 'object' || typeof newTarget !== 'object') return this.equal(oldTarget, newTarget);
    if (this.sameTargets.get(oldTarget)?.has(newTarget)) return true;
    // Assume equal while comparing (a recursive definition meets itself); if they differ after
    // all, every conclusion drawn since may rest on that assumption: take them all back.
    const mark = this.assumed.length;
    remember(this.sameTargets, oldTarget, newTarget);
    this.assumed.push([oldTarget, newTarget]);
    if (this.equal(oldTarget, newTarget)) return true;
    for (const [from, to] of this.assumed.splice(mark)) this.sameTargets.get(from)?.delete(to);
    return false;
  }
}

function remember(pairs: Map<object, Set<object>>, a: object, b: object): void {
  let set = pairs.get(a);
  if (!set) pairs.set(a, (set = new Set()));
  set.add(b);
}
