import { SchemaTooComplexError } from '../types';
import { isCompatibleKind } from './change-kinds';
import type { SameDeclaration } from './same-declaration';
import type { ObjectNode, SchemaNode } from './schema-node';

/** One finding of `compare(writer, reader)`, with a path relative to the compared pair. */
export interface Difference {
  kind: string;
  /** Schema path segments, e.g. ['properties', 'total']. */
  path: string[];
  /** Writer-side and reader-side values for the sentence (a length, a type name...). */
  writer?: unknown;
  reader?: unknown;
  /** Why a coverage verdict went the way it did (the nested differences it summarises). */
  because?: Difference[];
}

export const DEFAULT_MAX_STEPS = 200_000;

/** Never returned: a marker compared by identity. */
const IN_PROGRESS: Difference[] = [];

/** Kinds that hold no subschema (so cannot recurse). */
function isScalar(node: SchemaNode): boolean {
  return node.kind !== 'object' && node.kind !== 'array' && node.kind !== 'combined' && node.kind !== 'not';
}

/**
 * Shared state of one comparison: the step budget that makes hostile input fail fast, and the
 * memo of compared pairs (Confluent's Context does the same) so recursive or heavily combined
 * schemas cost at most one comparison per pair of nodes.
 */
export class DiffContext {
  private steps = 0;
  /** Compared pairs; IN_PROGRESS marks a pair still being compared (met again: a cycle). */
  private readonly memo = new Map<SchemaNode, Map<SchemaNode, Difference[]>>();

  /** Recognises unchanged declarations, which need no comparison (unset: compare everything). */
  sameDeclaration?: SameDeclaration;

  /**
   * Whether the writer side of the current comparison is the OLD schema (the backward run).
   * Paths that differ between the two schemas (`allOf/1` vs `allOf/0`) are told in the old one's terms.
   */
  writerIsOld = true;

  constructor(readonly maxSteps: number = DEFAULT_MAX_STEPS) {}

  /** Counts one unit of work; throws once the budget is spent. */
  step(): void {
    this.steps += 1;
    if (this.steps > this.maxSteps) {
      throw new SchemaTooComplexError(
        `Comparing these schemas needs more than ${this.maxSteps} steps (deep recursion or combinatorial anyOf/oneOf)`,
        { kind: 'steps', max: this.maxSteps },
      );
    }
  }

  get used(): number {
    return this.steps;
  }

  /**
   * Starts comparing a pair: the memoized result when it was compared already, `[]` when it is
   * still being compared (met again: a cycle, counted as no change), else undefined: compare it,
   * then hand the result to `finish`. Counts one step either way.
   */
  begin(writer: SchemaNode, reader: SchemaNode): Difference[] | undefined {
    this.step();
    // Scalars cannot recurse and are cheap to compare: memoizing them would cost more than it saves.
    if (isScalar(writer) && isScalar(reader)) return undefined;
    let byReader = this.memo.get(writer);
    const known = byReader?.get(reader);
    if (known === IN_PROGRESS) return [];
    if (known) return known;
    if (!byReader) this.memo.set(writer, (byReader = new Map()));
    byReader.set(reader, IN_PROGRESS);
    return undefined;
  }

  /** Records a pair's result (see `begin`). */
  finish(writer: SchemaNode, reader: SchemaNode, result: Difference[]): Difference[] {
    this.memo.get(writer)?.set(reader, result);
    return result;
  }

  /** Whether property `key` is declared identically by both (so it cannot have changed). */
  sameProperty(writer: ObjectNode, reader: ObjectNode, key: string): boolean {
    if (!this.sameDeclaration) return false;
    const writerRaw = (writer.raw as { properties?: Record<string, unknown> }).properties?.[key];
    const readerRaw = (reader.raw as { properties?: Record<string, unknown> }).properties?.[key];
    if (writerRaw === undefined || readerRaw === undefined) return false;
    return this.writerIsOld ? this.sameDeclaration.same(writerRaw, readerRaw) : this.sameDeclaration.same(readerRaw, writerRaw);
  }
}

/** Whether none of the differences breaks the reader. */
export function allCompatible(differences: Difference[]): boolean {
  for (const found of differences) if (!isCompatibleKind(found.kind)) return false;
  return true;
}

/** The differences re-rooted under `prefix`. */
export function under(prefix: string[], differences: Difference[]): Difference[] {
  if (prefix.length === 0) return differences;
  return differences.map((found) => {
    // Built field by field: an object spread per difference per level showed in profiles.
    const moved: Difference = { kind: found.kind, path: prefix.concat(found.path) };
    if ('writer' in found) moved.writer = found.writer;
    if ('reader' in found) moved.reader = found.reader;
    if ('because' in found) moved.because = found.because;
    return moved;
  });
}

/** A difference at `path` (relative), with optional writer/reader values. */
export function difference(kind: string, path: string[] = [], writer?: unknown, reader?: unknown): Difference {
  const found: Difference = { kind, path };
  if (writer !== undefined) found.writer = writer;
  if (reader !== undefined) found.reader = reader;
  return found;
}
