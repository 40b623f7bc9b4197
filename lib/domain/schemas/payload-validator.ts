import Ajv2020 from 'ajv/dist/2020';
import AjvDraft7 from 'ajv';
import addFormats from 'ajv-formats';
import avro from 'avsc';
import type { SchemaFormat } from '../model';

export interface PayloadCheck {
  valid: boolean;
  /** Human-readable problems, each naming the JSON pointer it is about. */
  errors: string[];
}

export type PayloadValidator = (payload: unknown) => PayloadCheck;

export class InvalidSchemaTextError extends Error {
  override name = 'InvalidSchemaTextError';
}

const DRAFT7 = /draft-0[4-7]/;
// Unoptimised code generation compiles ~4x faster; schemas change with every publish, so compile time dominates.
let ajv2020: Ajv2020 | undefined;
let ajv7: AjvDraft7 | undefined;

function ajvFor(schema: Record<string, unknown>): Ajv2020 | AjvDraft7 {
  const declared = typeof schema.$schema === 'string' ? schema.$schema : '';
  if (DRAFT7.test(declared)) {
    ajv7 ??= addFormats(new AjvDraft7({ allErrors: true, strict: false, validateSchema: true, code: { optimize: false } }));
    return ajv7;
  }
  ajv2020 ??= addFormats(new Ajv2020({ allErrors: true, strict: false, validateSchema: true, code: { optimize: false } }));
  return ajv2020;
}

/**
 * Compiles a schema text into a payload validator, or throws `InvalidSchemaTextError`
 * naming what is wrong with the schema.
 *
 * @example
 * const check = compilePayloadValidator('json-schema', '{"type":"object","required":["id"]}');
 * check({}).errors; // ['/: must have required property \'id\'']
 */
export function compilePayloadValidator(format: SchemaFormat, schemaText: string): PayloadValidator {
  const key = `${format}\u0000${schemaText}`;
  const cached = compiled.get(key);
  if (cached) {
    // Map order is insertion order: re-inserting keeps the most recently used last.
    compiled.delete(key);
    compiled.set(key, cached);
    return cached;
  }
  const validator = compileUncached(format, schemaText);
  compiled.set(key, validator);
  if (compiled.size > CACHE_LIMIT) {
    const oldest = compiled.keys().next().value as string;
    compiled.get(oldest)?.release?.();
    compiled.delete(oldest);
  }
  return validator;
}

/**
 * Checks that a schema text is a valid schema of its format without compiling a validator
 * (compiling costs milliseconds; publishing without examples needs only this). Throws
 * `InvalidSchemaTextError` naming the problem.
 *
 * @example
 * assertSchemaText('json-schema', '{"type":"strin"}'); // throws: Invalid JSON Schema: data/type must be …
 */
export function assertSchemaText(format: SchemaFormat, schemaText: string): void {
  if (compiled.has(`${format}\u0000${schemaText}`)) return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(schemaText);
  } catch (error) {
    throw new InvalidSchemaTextError(`Schema is not valid JSON: ${(error as Error).message}`);
  }
  if (format === 'avro') {
    avroValidator(parsed);
    return;
  }
  if (typeof parsed === 'boolean') return;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new InvalidSchemaTextError('A JSON Schema must be an object or a boolean.');
  const ajv = ajvFor(parsed as Record<string, unknown>);
  // The meta-schema check (formats included, so `pattern`s must be valid regular expressions).
  if (!ajv.validateSchema(parsed)) throw new InvalidSchemaTextError(`Invalid JSON Schema: ${ajv.errorsText(ajv.errors)}`);
}

/** Ajv keeps every compiled schema; a bounded cache keeps a busy server's memory flat. */
const CACHE_LIMIT = 500;
const compiled = new Map<string, PayloadValidator & { release?: () => void }>();

function compileUncached(format: SchemaFormat, schemaText: string): PayloadValidator & { release?: () => void } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(schemaText);
  } catch (error) {
    throw new InvalidSchemaTextError(`Schema is not valid JSON: ${(error as Error).message}`);
  }
  return format === 'avro' ? avroValidator(parsed) : jsonSchemaValidator(parsed);
}

function jsonSchemaValidator(schema: unknown): PayloadValidator & { release?: () => void } {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    if (typeof schema !== 'boolean') throw new InvalidSchemaTextError('A JSON Schema must be an object or a boolean.');
  }
  const ajv = ajvFor(typeof schema === 'object' && schema ? (schema as Record<string, unknown>) : {});
  // Schemas are compiled without their $id so two versions of one event can be compiled side by side.
  const { $id: _ignored, ...rest } = (typeof schema === 'object' && schema ? schema : {}) as Record<string, unknown>;
  let validate;
  try {
    validate = ajv.compile(typeof schema === 'boolean' ? schema : rest);
  } catch (error) {
    throw new InvalidSchemaTextError(`Invalid JSON Schema: ${(error as Error).message}`);
  }
  const compiledSchema = typeof schema === 'boolean' ? undefined : rest;
  const check: PayloadValidator & { release?: () => void } = (payload) => {
    const valid = validate(payload) as boolean;
    return {
      valid,
      errors: valid ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'is invalid'}`),
    };
  };
  if (compiledSchema) check.release = () => void ajv.removeSchema(compiledSchema);
  return check;
}

function avroValidator(schema: unknown): PayloadValidator {
  let type: avro.Type;
  try {
    type = avro.Type.forSchema(schema as avro.Schema);
  } catch (error) {
    throw new InvalidSchemaTextError(`Invalid Avro schema: ${(error as Error).message}`);
  }
  return (payload) => {
    const errors: string[] = [];
    const valid = type.isValid(payload, {
      errorHook: (path: string[]) => errors.push(`/${path.join('/')}: does not match the Avro type`),
    });
    return { valid, errors };
  };
}
