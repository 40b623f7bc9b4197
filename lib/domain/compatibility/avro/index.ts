import avsc from 'avsc';
import { SchemaTooComplexError, type Counterexample, type Direction, type FormatChecker, type SchemaChange } from '../types';
import { breakingDatum, type BreakSpot } from './breaking-datum';
import { ComparisonContext } from './comparison-context';
import { compareTypes } from './compare-types';
import { readSchemaGraph } from './read-schema-graph';
import { smallestDatum, type AvroJson } from './sample-datum';
import type { AvroNode } from './schema-node';
import { AVRO_STEP_LIMIT, StepBudget } from './step-budget';

/** A parsed Avro schema: the JSON, avsc's type (unions wrapped) and the resolved node graph. */
export interface ParsedAvroSchema {
  json: unknown;
  type: avsc.Type;
  root: AvroNode;
}

/**
 * Parses Avro schema text; throws an Error naming the problem (`unknown type \`strng\` at field \`total\` (/fields/1/type)`).
 *
 * @example
 * parseAvroSchema('{"type":"record","name":"Order","fields":[{"name":"id","type":"string"}]}').root.kind; // 'record'
 */
export function parseAvroSchema(text: string, maxSteps = AVRO_STEP_LIMIT): ParsedAvroSchema {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`Avro schema is not valid JSON: ${(error as Error).message}`);
  }
  return readAvroSchema(json, maxSteps);
}

/**
 * Like parseAvroSchema, from JSON data already parsed (never mutated).
 *
 * @example readAvroSchema('string').root.kind; // 'string'
 */
export function readAvroSchema(json: unknown, maxSteps = AVRO_STEP_LIMIT): ParsedAvroSchema {
  const root = readSchemaGraph(json, new StepBudget(maxSteps));
  try {
    // avsc checks what the graph reader does not: name syntax, defaults against their types, duplicate branches.
    return { json, root, type: avsc.Type.forSchema(json as never, { wrapUnions: true }) };
  } catch (error) {
    throw new Error(`invalid Avro schema: ${(error as Error).message}`);
  }
}

/**
 * Every difference between two Avro schemas, each judged by Avro schema resolution in both
 * directions (backward: the new schema reads old data; forward: the old schema reads new data).
 * `path` points into the new schema, or into the old one for parts only it has (removed fields, branches).
 *
 * @example
 * diffAvroSchemas(parseAvroSchema(v1), parseAvroSchema(v2)).filter((c) => c.breaks.backward);
 */
export function diffAvroSchemas(
  oldSchema: ParsedAvroSchema,
  newSchema: ParsedAvroSchema,
  maxSteps = AVRO_STEP_LIMIT,
): SchemaChange[] {
  const context = new ComparisonContext(compareTypes, new StepBudget(maxSteps));
  const changes = compareTypes(context, oldSchema.root, newSchema.root, '', '');
  const weight = (c: SchemaChange) => (c.breaks.backward || c.breaks.forward ? 0 : 1);
  return changes.map((c, i) => [c, i] as const).sort(([a, i], [b, j]) => weight(a) - weight(b) || i - j).map(([c]) => c);
}

/** Why avsc refuses to read `datum` (written with `writer`) with `reader`, or undefined when it reads it. */
function avscRejection(reader: ParsedAvroSchema, writer: ParsedAvroSchema, datum: AvroJson): string | undefined {
  let value: unknown;
  try {
    value = writer.type.fromString(JSON.stringify(datum));
  } catch {
    return undefined; // Not a datum of the writer schema: it proves nothing.
  }
  if (!writer.type.isValid(value)) return undefined;
  try {
    // Namespaces are ignored because the specification resolves unqualified names.
    const resolver = reader.type.createResolver(writer.type, { ignoreNamespaces: true });
    reader.type.fromBuffer(writer.type.toBuffer(value), resolver);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * A message the writer side accepts that the reader side cannot resolve, verified by decoding it
 * with avsc; undefined when the direction is compatible or no verified datum was found.
 * The payload is in Avro's JSON encoding (unions as `{"branch": value}`).
 *
 * @example
 * avroCounterexample(v1, v2, 'forward')?.payload; // e.g. { status: 'REFUNDED' }
 */
export function avroCounterexample(
  oldSchema: ParsedAvroSchema,
  newSchema: ParsedAvroSchema,
  direction: Direction,
  maxSteps = AVRO_STEP_LIMIT,
): Counterexample | undefined {
  const [reader, writer] = direction === 'backward' ? [newSchema, oldSchema] : [oldSchema, newSchema];
  const budget = new StepBudget(maxSteps);
  const context = new ComparisonContext(compareTypes, budget);
  if (context.canRead(reader.root, writer.root)) return undefined;
  let candidates: Array<{ datum: AvroJson; spot?: BreakSpot } | undefined>;
  try {
    const fallback = smallestDatum(writer.root, budget);
    candidates = [breakingDatum(context, reader.root, writer.root, { reader: '', writer: '' }), fallback === undefined ? undefined : { datum: fallback }];
  } catch (error) {
    // The verdict stands without an example; only a datum too large to build is given up on.
    if (error instanceof SchemaTooComplexError) return undefined;
    throw error;
  }
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    const rejection = avscRejection(reader, writer, candidate.datum);
    if (rejection === undefined) continue;
    const explains = candidate.spot && explainedChange(oldSchema, newSchema, direction, candidate.spot, maxSteps);
    return {
      direction,
      payload: candidate.datum,
      acceptedBy: direction === 'backward' ? 'old' : 'new',
      rejection,
      ...(explains ? { explains } : {}),
    };
  }
  return undefined;
}

/** The breaking change a counterexample demonstrates: one at the spot, else one inside its named type. */
function explainedChange(
  oldSchema: ParsedAvroSchema,
  newSchema: ParsedAvroSchema,
  direction: Direction,
  spot: BreakSpot,
  maxSteps: number,
): { kind: string; path: string } | undefined {
  const breaking = diffAvroSchemas(oldSchema, newSchema, maxSteps).filter((c) => c.breaks[direction]);
  const found =
    breaking.find((c) => spot.exact.includes(c.path)) ??
    breaking.find((c) => spot.exact.some((p) => c.path.startsWith(`${p}/`))) ??
    breaking.find((c) => spot.within.some((p) => c.path.startsWith(p)));
  return found && { kind: found.kind, path: found.path };
}

/**
 * An Avro format checker whose parse, diff and counterexample each stop after `maxSteps` steps
 * (default 200,000) with SchemaTooComplexError.
 *
 * @example
 * createAvroChecker({ maxSteps: 10_000 }).diff(oldSchema, newSchema);
 */
export function createAvroChecker(options: { maxSteps?: number } = {}): FormatChecker<ParsedAvroSchema> {
  const maxSteps = options.maxSteps ?? AVRO_STEP_LIMIT;
  return {
    parse: (text) => parseAvroSchema(text, maxSteps),
    read: (json) => readAvroSchema(json, maxSteps),
    diff: (oldSchema, newSchema) => diffAvroSchemas(oldSchema, newSchema, maxSteps),
    counterexample: (oldSchema, newSchema, direction) => avroCounterexample(oldSchema, newSchema, direction, maxSteps),
  };
}

/** The Avro format checker used by `check-compatibility`, with the default step budget. */
export const avroChecker: FormatChecker<ParsedAvroSchema> = createAvroChecker();

export type { AvroNode } from './schema-node';
