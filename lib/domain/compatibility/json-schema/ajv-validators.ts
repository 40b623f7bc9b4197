import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { TextKeyedCache } from '../../text-keyed-cache';
import type { JsonSchemaDocument, JsonSchemaDraft } from './schema-node';

type AnyAjv = Ajv | Ajv2020;

const instances = new Map<JsonSchemaDraft, AnyAjv>();

/** One ajv per draft, built lazily: building one compiles its meta-schemas (milliseconds). */
export function ajvFor(draft: JsonSchemaDraft): AnyAjv {
  let ajv = instances.get(draft);
  if (!ajv) {
    const options = { strict: false, allErrors: false, logger: false as const, validateFormats: true };
    ajv = draft === '2020-12' ? new Ajv2020(options) : new Ajv(options);
    addFormats(ajv);
    instances.set(draft, ajv);
  }
  return ajv;
}

const compiled = new WeakMap<JsonSchemaDocument, ValidateFunction>();

/**
 * Validators by draft and schema JSON, across checks: a stored version comes back in every check
 * against it (each publish to an event, each CI run), and a compile costs 2-7 ms for a 5-50
 * property schema. A validator depends on nothing but its schema and draft. A compiled validator
 * holds ~20-35 bytes per character of its schema, so 500,000 characters of keys keep ~10-17 MB.
 */
const bySchema = new TextKeyedCache<ValidateFunction>(500_000);

/**
 * The ajv validator for a parsed document: once per document object, and once per schema JSON
 * while it stays among the recently used ones.
 * The schema is removed from ajv's registry right after compiling, so two versions sharing an
 * `$id` never collide and memory does not grow with every check.
 */
export function validatorFor(doc: JsonSchemaDocument): ValidateFunction {
  const known = compiled.get(doc);
  if (known) return known;
  const validate = bySchema.get(`${doc.draft}\u0000${JSON.stringify(doc.raw)}`, () => compile(doc));
  compiled.set(doc, validate);
  return validate;
}

function compile(doc: JsonSchemaDocument): ValidateFunction {
  const ajv = ajvFor(doc.draft);
  const schema = doc.raw as object | boolean;
  try {
    return ajv.compile(schema);
  } finally {
    if (typeof schema === 'object') ajv.removeSchema(schema);
  }
}

/** ajv's own sentence for the last failed validation. */
export function rejectionText(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .map((error) => `${error.instancePath || '(root)'} ${error.message ?? 'is invalid'}`)
    .join('; ');
}
