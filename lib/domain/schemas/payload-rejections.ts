import { parseJsonSchema } from '../compatibility/json-schema/parse-json-schema';
import { needsAjv, validateInstance } from '../compatibility/json-schema/validate-instance';
import type { SchemaFormat } from '../model';
import { compilePayloadValidator } from './payload-validator';

export interface PayloadRejection {
  index: number;
  /** ajv's (or avsc's) full list of problems, as compilePayloadValidator reports them. */
  errors: string[];
}

/**
 * The payloads a schema rejects, each with the validator's full error list. JSON Schema payloads
 * are interpreted first (validateInstance, ajv's semantics, microseconds); ajv is compiled
 * (milliseconds per publish, as every candidate is a new schema) only when the interpreter
 * rejects one or cannot judge the schema, and then has the final word on every payload.
 *
 * @example rejectedPayloads('json-schema', '{"type":"object","required":["id"]}', [{ id: 1 }, {}]) // [{ index: 1, errors: ["/: must have required property 'id'"] }]
 */
export function rejectedPayloads(format: SchemaFormat, schemaText: string, payloads: readonly unknown[]): PayloadRejection[] {
  if (payloads.length === 0) return [];
  if (format === 'json-schema' && interpreterAcceptsAll(schemaText, payloads)) return [];
  const validate = compilePayloadValidator(format, schemaText);
  const rejections: PayloadRejection[] = [];
  payloads.forEach((payload, index) => {
    const check = validate(payload);
    if (!check.valid) rejections.push({ index, errors: check.errors });
  });
  return rejections;
}

function interpreterAcceptsAll(schemaText: string, payloads: readonly unknown[]): boolean {
  try {
    const doc = parseJsonSchema(schemaText);
    return !needsAjv(doc) && payloads.every((payload) => validateInstance(doc, payload) === undefined);
  } catch {
    // Anything the interpreter cannot handle (an unresolvable $ref, runaway recursion) goes to ajv.
    return false;
  }
}
