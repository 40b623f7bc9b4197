import { fullFormats } from 'ajv-formats/dist/formats';
import { canonicalJson, jsonEqual } from './canonical-json';
import { resolveLocalRef } from './resolve-ref';
import type { JsonSchemaDocument } from './schema-node';

type Raw = Record<string, unknown>;
type FormatCheck = (value: string | number) => boolean;

/**
 * Keywords this validator does not implement: a document using one is validated with ajv instead
 * (see `needsAjv`).
 */
const UNSUPPORTED = new Set(['unevaluatedProperties', 'unevaluatedItems', '$dynamicRef', '$recursiveRef']);

/** Whether a document uses a keyword only ajv can validate. */
export function needsAjv(doc: JsonSchemaDocument): boolean {
  const seen = new Set<unknown>();
  const stack: unknown[] = [doc.raw];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    for (const key in value) {
      if (UNSUPPORTED.has(key)) return true;
      if (key !== 'enum' && key !== 'const' && key !== 'default' && key !== 'examples') stack.push((value as Raw)[key]);
    }
  }
  return false;
}

/**
 * Validates a value against a parsed document, with ajv's semantics (draft-07 or 2020-12, formats
 * of ajv-formats' full mode, lengths in code points, `multipleOf` by exact division) and ajv's
 * wording for the first error, e.g. `/total must be number`. Undefined when the value is valid.
 * Interpreting costs microseconds where compiling an ajv validator costs milliseconds per subschema,
 * which matters because a counterexample is verified against two whole documents per check.
 *
 * @example validateInstance(parseJsonSchema('{"type":"object","properties":{"n":{"type":"number"}}}'), { n: 'x' }) // '/n must be number'
 */
export function validateInstance(doc: JsonSchemaDocument, value: unknown): string | undefined {
  const error = new InstanceValidator(doc).check(doc.raw, value, '');
  return error && `${error.at || '(root)'} ${error.message}`;
}

interface Failure {
  at: string;
  message: string;
}

/** Deepest schema recursion on one value (`allOf: [{$ref: '#'}]` would otherwise never end). */
const MAX_NESTING = 500;

class InstanceValidator {
  private nesting = 0;

  constructor(private readonly doc: JsonSchemaDocument) {}

  check(schema: unknown, value: unknown, at: string): Failure | undefined {
    if (this.nesting > MAX_NESTING) throw new Error('the schema refers to itself without consuming the value');
    this.nesting += 1;
    try {
      return this.checkHere(schema, value, at);
    } finally {
      this.nesting -= 1;
    }
  }

  private checkHere(schema: unknown, value: unknown, at: string): Failure | undefined {
    if (schema === true) return undefined;
    if (schema === false) return { at, message: 'boolean schema is false' };
    if (schema === null || typeof schema !== 'object') return undefined;
    const s = schema as Raw;
    if (typeof s.$ref === 'string') {
      const failed = this.check(resolveLocalRef(this.doc.raw, this.doc.ids, s.$ref), value, at);
      // draft-07 ignores the keywords beside $ref.
      if (failed || this.doc.draft === 'draft-07') return failed;
    }
    return this.type(s, value, at) ?? this.byType(s, value, at) ?? this.general(s, value, at);
  }

  private type(s: Raw, value: unknown, at: string): Failure | undefined {
    if (s.type === undefined) return undefined;
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    return types.some((type) => hasType(value, type)) ? undefined : { at, message: `must be ${types.join(',')}` };
  }

  private byType(s: Raw, value: unknown, at: string): Failure | undefined {
    if (typeof value === 'number') return numberFailure(s, value, at);
    if (typeof value === 'string') return stringFailure(s, value, at);
    if (Array.isArray(value)) return this.array(s, value, at);
    if (value !== null && typeof value === 'object') return this.object(s, value as Raw, at);
    return undefined;
  }

  private array(s: Raw, value: unknown[], at: string): Failure | undefined {
    const tupleKeyword = this.doc.draft === '2020-12' ? 'prefixItems' : 'items';
    const tuple = Array.isArray(s[tupleKeyword]) ? (s[tupleKeyword] as unknown[]) : undefined;
    const rest = tuple ? (this.doc.draft === '2020-12' ? s.items : s.additionalItems) : s.items;
    if (typeof s.maxItems === 'number' && value.length > s.maxItems) return { at, message: `must NOT have more than ${s.maxItems} items` };
    if (typeof s.minItems === 'number' && value.length < s.minItems) return { at, message: `must NOT have fewer than ${s.minItems} items` };
    for (let index = 0; index < value.length; index += 1) {
      const itemSchema = tuple && index < tuple.length ? tuple[index] : rest;
      if (itemSchema === false && tuple) return { at, message: `must NOT have more than ${tuple.length} items` };
      const failed = itemSchema === undefined ? undefined : this.check(itemSchema, value[index], `${at}/${index}`);
      if (failed) return failed;
    }
    if (s.uniqueItems === true) {
      const keys = value.map(canonicalJson);
      for (let index = keys.length - 1; index > 0; index -= 1) {
        const earlier = keys.indexOf(keys[index]!);
        if (earlier < index) return { at, message: `must NOT have duplicate items (items ## ${earlier} and ${index} are identical)` };
      }
    }
    if (s.contains !== undefined) {
      const matches = value.filter((item, index) => !this.check(s.contains, item, `${at}/${index}`)).length;
      const min = typeof s.minContains === 'number' ? s.minContains : 1;
      if (matches < min) return { at, message: `must contain at least ${min} valid item(s)` };
      if (typeof s.maxContains === 'number' && matches > s.maxContains) return { at, message: `must contain at most ${s.maxContains} valid item(s)` };
    }
    return undefined;
  }

  private object(s: Raw, value: Raw, at: string): Failure | undefined {
    const keys = Object.keys(value);
    if (typeof s.maxProperties === 'number' && keys.length > s.maxProperties) return { at, message: `must NOT have more than ${s.maxProperties} properties` };
    if (typeof s.minProperties === 'number' && keys.length < s.minProperties) return { at, message: `must NOT have fewer than ${s.minProperties} properties` };
    for (const name of Array.isArray(s.required) ? (s.required as string[]) : []) {
      if (!has(value, name)) return { at, message: `must have required property '${name}'` };
    }
    const requiredTogether = { ...(this.doc.draft === 'draft-07' ? (s.dependencies as Raw | undefined) : undefined), ...(s.dependentRequired as Raw | undefined) };
    for (const [trigger, needed] of Object.entries(requiredTogether)) {
      if (!has(value, trigger)) continue;
      if (Array.isArray(needed)) {
        const missing = (needed as string[]).find((name) => !has(value, name));
        if (missing !== undefined) return { at, message: `must have property ${missing} when property ${trigger} is present` };
      } else {
        const failed = this.check(needed, value, at);
        if (failed) return failed;
      }
    }
    for (const [trigger, dependent] of Object.entries((s.dependentSchemas as Raw | undefined) ?? {})) {
      const failed = has(value, trigger) ? this.check(dependent, value, at) : undefined;
      if (failed) return failed;
    }
    const properties = (s.properties as Raw | undefined) ?? {};
    const patterns = Object.entries((s.patternProperties as Raw | undefined) ?? {}).map(([pattern, schema]) => [new RegExp(pattern, 'u'), schema] as const);
    for (const key of keys) {
      const path = `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (s.propertyNames !== undefined && this.check(s.propertyNames, key, path)) return { at, message: 'property name must be valid' };
      let declared = false;
      if (has(properties, key)) {
        declared = true;
        const failed = this.check(properties[key], value[key], path);
        if (failed) return failed;
      }
      for (const [regex, schema] of patterns) {
        if (!regex.test(key)) continue;
        declared = true;
        const failed = this.check(schema, value[key], path);
        if (failed) return failed;
      }
      if (declared || s.additionalProperties === undefined) continue;
      if (s.additionalProperties === false) return { at, message: 'must NOT have additional properties' };
      const failed = this.check(s.additionalProperties, value[key], path);
      if (failed) return failed;
    }
    return undefined;
  }

  private general(s: Raw, value: unknown, at: string): Failure | undefined {
    if (Array.isArray(s.enum) && !s.enum.some((allowed) => jsonEqual(allowed, value))) return { at, message: 'must be equal to one of the allowed values' };
    if ('const' in s && !jsonEqual(s.const, value)) return { at, message: 'must be equal to constant' };
    for (const part of Array.isArray(s.allOf) ? (s.allOf as unknown[]) : []) {
      const failed = this.check(part, value, at);
      if (failed) return failed;
    }
    if (Array.isArray(s.anyOf) && !s.anyOf.some((part) => !this.check(part, value, at))) return { at, message: 'must match a schema in anyOf' };
    if (Array.isArray(s.oneOf) && s.oneOf.filter((part) => !this.check(part, value, at)).length !== 1) return { at, message: 'must match exactly one schema in oneOf' };
    if ('not' in s && !this.check(s.not, value, at)) return { at, message: 'must NOT be valid' };
    if ('if' in s && (s.then !== undefined || s.else !== undefined)) {
      const branch = this.check(s.if, value, at) ? 'else' : 'then';
      if (s[branch] !== undefined && this.check(s[branch], value, at)) return { at, message: `must match "${branch}" schema` };
    }
    return undefined;
  }
}

function numberFailure(s: Raw, value: number, at: string): Failure | undefined {
  if (typeof s.maximum === 'number' && value > s.maximum) return { at, message: `must be <= ${s.maximum}` };
  if (typeof s.minimum === 'number' && value < s.minimum) return { at, message: `must be >= ${s.minimum}` };
  if (typeof s.exclusiveMaximum === 'number' && value >= s.exclusiveMaximum) return { at, message: `must be < ${s.exclusiveMaximum}` };
  if (typeof s.exclusiveMinimum === 'number' && value <= s.exclusiveMinimum) return { at, message: `must be > ${s.exclusiveMinimum}` };
  if (typeof s.multipleOf === 'number') {
    const ratio = value / s.multipleOf;
    if (ratio !== parseInt(String(ratio), 10)) return { at, message: `must be multiple of ${s.multipleOf}` };
  }
  return formatFailure(s, value, 'number', at);
}

function stringFailure(s: Raw, value: string, at: string): Failure | undefined {
  const length = typeof s.maxLength === 'number' || typeof s.minLength === 'number' ? codePoints(value) : 0;
  if (typeof s.maxLength === 'number' && length > s.maxLength) return { at, message: `must NOT have more than ${s.maxLength} characters` };
  if (typeof s.minLength === 'number' && length < s.minLength) return { at, message: `must NOT have fewer than ${s.minLength} characters` };
  if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value)) return { at, message: `must match pattern "${s.pattern}"` };
  return formatFailure(s, value, 'string', at);
}

function formatFailure(s: Raw, value: string | number, type: 'string' | 'number', at: string): Failure | undefined {
  if (typeof s.format !== 'string') return undefined;
  const check = formatCheck(s.format, type);
  return check && !check(value) ? { at, message: `must match format "${s.format}"` } : undefined;
}

/** ajv-formats' check for a format on values of `type` (unknown formats are ignored, as ajv with strict: false does). */
function formatCheck(name: string, type: 'string' | 'number'): FormatCheck | undefined {
  const format = (fullFormats as Record<string, unknown>)[name];
  if (format instanceof RegExp) return type === 'string' ? (value) => format.test(value as string) : undefined;
  if (typeof format === 'function') return type === 'string' ? (format as FormatCheck) : undefined;
  if (format && typeof format === 'object' && 'validate' in format) {
    const declared = (format as { type?: string }).type ?? 'string';
    const validate = (format as { validate: unknown }).validate;
    if (declared !== type) return undefined;
    return validate instanceof RegExp ? (value) => validate.test(String(value)) : (validate as FormatCheck);
  }
  return undefined;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    default:
      return false;
  }
}

/** Length in code points, as ajv counts it (a surrogate pair is one character). */
function codePoints(text: string): number {
  let length = 0;
  for (let index = 0; index < text.length; index += 1) {
    length += 1;
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) index += 1;
  }
  return length;
}

function has(value: Raw, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(value, key);
}
