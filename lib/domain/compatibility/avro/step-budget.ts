import { SchemaTooComplexError } from '../types';

/** Steps one Avro parse, diff or counterexample search may take before giving up. */
export const AVRO_STEP_LIMIT = 200_000;
/** Deepest nesting of types a schema may have; deeper input would risk the call stack. */
export const AVRO_DEPTH_LIMIT = 200;

/**
 * A deterministic work counter: each unit of work calls `step()`, and the budget throws
 * `SchemaTooComplexError` once the limit is spent. Counting steps, not time, keeps verdicts reproducible.
 *
 * @example
 * const budget = new StepBudget(10);
 * budget.step(); // throws after ten calls
 */
export class StepBudget {
  private used = 0;

  constructor(readonly limit: number = AVRO_STEP_LIMIT) {}

  step(what = 'Avro schema comparison'): void {
    this.used += 1;
    if (this.used > this.limit) {
      throw new SchemaTooComplexError(
        `${what} needs more than ${this.limit} steps; simplify the schema (fewer nested unions or recursive types)`,
        { kind: 'steps', max: this.limit },
      );
    }
  }

  /** Throws `SchemaTooComplexError` when `depth` passes the nesting limit; `where` is a JSON pointer. */
  checkDepth(depth: number, where: string): void {
    if (depth > AVRO_DEPTH_LIMIT) {
      throw new SchemaTooComplexError(
        `Avro schema nests types more than ${AVRO_DEPTH_LIMIT} levels deep at ${where || '/'}`,
        { kind: 'depth', max: AVRO_DEPTH_LIMIT },
      );
    }
  }

  get spent(): number {
    return this.used;
  }
}
