/**
 * JSON Schema compatibility, following Confluent Schema Registry's JSON Schema rules
 * (`io.confluent.kafka.schemaregistry.json.diff`: `SchemaDiff.compare(original, update)` with
 * `COMPATIBLE_CHANGES`). Backward = compare(old, new) (old writes, new reads); forward = the same
 * comparison with the roles swapped. Kind names are Confluent's `Difference.Type` names.
 *
 * Deliberate differences from Confluent, each because Confluent's verdict or report is wrong or
 * unhelpful there (every breaking verdict we add is demonstrated by a counterexample):
 * 1. Property added to an open content model uses the 8.x names (`OPTIONAL_`/`REQUIRED_`/
 *    `REQUIRED_..._WITH_DEFAULT_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL`), not 7.x's deprecated
 *    `PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL`. Same verdict (breaking backward).
 * 2. `required` names not declared under `properties` are compared (Confluent skips them, so it
 *    accepts `required: ["x"]` being added although old data may lack `x`).
 * 3. `format` is compared (FORMAT_ADDED / _CHANGED break backward, FORMAT_REMOVED does not);
 *    Confluent ignores `format`.
 * 4. `patternProperties` are diffed (PATTERN_PROPERTY_ADDED / _REMOVED...); Confluent only uses
 *    them to decide whether an added/removed property is covered.
 * 5. `propertyNames`, `contains`, `if/then/else`, `unevaluated*`, `content*` are not analysed in
 *    depth: KEYWORD_ADDED breaks backward, KEYWORD_REMOVED breaks forward, KEYWORD_CHANGED both
 *    (conservative). Confluent ignores them (silently compatible).
 * 6. A plain schema becoming "itself AND more" (`{type: string}` → `{type: string, enum: [...]}`)
 *    is PRODUCT_TYPE_EXTENDED, and a union shrinking to one plain member is SUM_TYPE_NARROWED;
 *    Confluent says TYPE_CHANGED in both cases. Same verdicts.
 * 7. `const` is a one-value `enum` (const → enum growing is ENUM_ARRAY_EXTENDED, not TYPE_CHANGED).
 * 8. Exclusive bounds and fractional `multipleOf` are compared numerically (Confluent compares
 *    exclusiveMaximum against `maximum` and `multipleOf` by integer value).
 * 9. `not` is reported only when it changed (Confluent adds NOT_TYPE_NARROWED even when equal).
 * 10. `items: {}` / `additionalProperties: {}` count as absent (open), not as a schema.
 * 11. Nested differences that only explain a coverage verdict (the TYPE_CHANGED under a
 *    PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL) are folded into that change;
 *    paths into implicit combinations (a `type` list) carry no `anyOf/0` segment; paths are JSON
 *    pointers (`/properties/a`, root `''`) told in the old schema's terms.
 * 12. `$ref` with sibling keywords: 2020-12 applies both (allOf); draft-07 ignores the siblings.
 *    Only references inside the document (pointers, anchors, embedded `$id`s) are supported.
 * 13. When subschemas of an allOf/anyOf/oneOf lose their counterpart (COMBINED_TYPE_SUBSCHEMAS_CHANGED),
 *    the unmatched ones are paired in order and their own changes reported too (a narrowed `enum`
 *    inside an allOf is ENUM_ARRAY_NARROWED at its path); Confluent names only the combination. Same verdicts.
 * Known gap shared with Confluent: a schema without `type` (e.g. `{properties: {...}}`) accepts
 * non-objects; adding `type: object` to it is not reported.
 */
import type { BreakingDirections, Counterexample, Direction, FormatChecker, SchemaChange } from '../types';
import { analysePair, breakingDirections } from './analyse-pair';
import { DEFAULT_MAX_STEPS } from './diff-context';
import { findCounterexample } from './find-counterexample';
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_NODES, parseJsonSchema, readJsonSchema } from './parse-json-schema';
import type { JsonSchemaDocument } from './schema-node';

export type { JsonSchemaDocument, JsonSchemaDraft, SchemaNode } from './schema-node';
export { COMPATIBLE_CHANGES, isCompatibleKind } from './change-kinds';
export { parseJsonSchema, readJsonSchema } from './parse-json-schema';

export interface JsonSchemaCheckerOptions {
  /** Work budget per compared pair (both directions); SchemaTooComplexError past it. Default 200,000. */
  maxSteps?: number;
  /** Deepest JSON nesting accepted by `parse`. Default 1,000. */
  maxDepth?: number;
  /** Most subschemas one document may hold (`parse` refuses more). Default 100,000. */
  maxNodes?: number;
}

/**
 * A JSON Schema checker with its own limits.
 *
 * @example createJsonSchemaChecker({ maxSteps: 10_000 }).diff(oldDoc, newDoc)
 */
export function createJsonSchemaChecker(options: JsonSchemaCheckerOptions = {}): FormatChecker<JsonSchemaDocument> {
  const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxNodes = options.maxNodes ?? DEFAULT_MAX_NODES;
  return {
    parse: (text: string): JsonSchemaDocument => parseJsonSchema(text, { maxDepth, maxNodes }),
    read: (json: unknown): JsonSchemaDocument => readJsonSchema(json, { maxDepth, maxNodes }),
    diff: (oldSchema: JsonSchemaDocument, newSchema: JsonSchemaDocument): SchemaChange[] =>
      analysePair(oldSchema, newSchema, maxSteps).changes,
    counterexample: (oldSchema: JsonSchemaDocument, newSchema: JsonSchemaDocument, direction: Direction): Counterexample | undefined =>
      findCounterexample(oldSchema, newSchema, direction, maxSteps),
    breaks: (oldSchema: JsonSchemaDocument, newSchema: JsonSchemaDocument, wanted: BreakingDirections): BreakingDirections =>
      breakingDirections(oldSchema, newSchema, maxSteps, wanted),
  };
}

/**
 * The JSON Schema checker with default limits.
 *
 * @example
 * const old = jsonSchemaChecker.parse('{"type":"object","properties":{"id":{"type":"string"}}}');
 * const next = jsonSchemaChecker.parse('{"type":"object","properties":{"id":{"type":"string"},"total":{"type":"number"}}}');
 * jsonSchemaChecker.diff(old, next)[0]?.kind; // 'OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL'
 */
export const jsonSchemaChecker: FormatChecker<JsonSchemaDocument> = createJsonSchemaChecker();
