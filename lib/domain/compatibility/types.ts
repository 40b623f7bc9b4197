import type { CompatibilityMode, SchemaFormat } from '../model';

/**
 * The direction a change is judged in, with Confluent Schema Registry's meaning:
 * - `backward`: a consumer on the NEW schema reads data written with the OLD one.
 * - `forward`: a consumer on the OLD schema reads data written with the NEW one.
 */
export type Direction = 'backward' | 'forward';

/** One difference between two schemas, typed and explained. */
export interface SchemaChange {
  /** Stable machine name, e.g. `PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL`. */
  kind: string;
  /** JSON pointer into the schema where the change is (`/properties/total`). */
  path: string;
  /** Whether this change breaks reading in each direction. */
  breaks: Record<Direction, boolean>;
  /** A sentence a person understands. */
  message: string;
}

/** A concrete message that one side accepts and the other rejects. */
export interface Counterexample {
  direction: Direction;
  /** The payload, written with the schema that accepts it. */
  payload: unknown;
  /** `old` for a backward counterexample (old writer, new reader), `new` for forward. */
  acceptedBy: 'old' | 'new';
  /** What the rejecting side's validator said. */
  rejection: string;
  /** The change this payload demonstrates, when the checker knows it (lets a report attach it to the right line). */
  explains?: { kind: string; path: string };
}

/** A change found against one earlier version, with what it means for the checked mode. */
export interface ReportedChange extends SchemaChange {
  /** 1-based position of the earlier version in `previous` that this change is relative to. */
  against: number;
  /** The modes (of all seven) under which this change, against that version, is breaking. */
  breakingUnder: CompatibilityMode[];
  /** Present for changes that break the checked mode, when one could be built. */
  counterexample?: Counterexample;
}

/** Schemas given as texts (the API's and CLI's form). */
export interface CompatibilityTextInput {
  format: SchemaFormat;
  mode: CompatibilityMode;
  /** Earlier versions' schema texts, oldest first. */
  previous: string[];
  candidate: string;
  parsed?: false;
}

/**
 * Schemas given already parsed: JSON data as JSON.parse returns it (never mutated, checked like a
 * text). A separate shape because an Avro schema may itself be a JSON string (`"string"`).
 */
export interface CompatibilityParsedInput {
  format: SchemaFormat;
  mode: CompatibilityMode;
  /** Earlier versions' parsed schemas, oldest first. */
  previous: unknown[];
  candidate: unknown;
  parsed: true;
}

export type CompatibilityInput = CompatibilityTextInput | CompatibilityParsedInput;

export interface CompatibilityReport {
  compatible: boolean;
  mode: CompatibilityMode;
  /** Every change relevant to the mode's compared versions; breaking ones first. */
  changes: ReportedChange[];
  /** The verdict under each of the seven modes, against the same `previous`. */
  matrix: Record<CompatibilityMode, boolean>;
}

/** Raised when a schema text is not valid for its format; maps to HTTP 422 / CLI exit 2. */
export class InvalidSchemaError extends Error {
  constructor(
    message: string,
    readonly which: 'candidate' | number,
  ) {
    super(message);
    this.name = 'InvalidSchemaError';
  }
}

/**
 * What each schema format (json-schema, avro) provides to the checker.
 * `parse` and `read` throw an Error with a message naming the problem when the text is not a valid schema.
 */
export interface FormatChecker<P> {
  parse(text: string): P;
  /** Like `parse`, from JSON data already parsed (never mutated). */
  read(json: unknown): P;
  diff(oldSchema: P, newSchema: P): SchemaChange[];
  counterexample(oldSchema: P, newSchema: P, direction: Direction): Counterexample | undefined;
  /**
   * Only whether the pair breaks each wanted direction (false for one not wanted): what `diff`'s
   * changes say, more cheaply. Optional: without it, checks use `diff`.
   */
  breaks?(oldSchema: P, newSchema: P, wanted: BreakingDirections): BreakingDirections;
}

/** Per direction: does a pair break it (or, as a request, is the answer wanted)? */
export interface BreakingDirections {
  backward: boolean;
  forward: boolean;
}

/**
 * Raised when a schema (or a pair of schemas) is too deep, too large, too recursive or too
 * combinatorial to check within the deterministic limits; maps to HTTP 422 / CLI exit 2 like an invalid schema.
 */
export class SchemaTooComplexError extends Error {
  constructor(
    message: string,
    readonly limit: { kind: 'steps' | 'depth' | 'size'; max: number },
  ) {
    super(message);
    this.name = 'SchemaTooComplexError';
  }
}
