import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
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
 * The ajv validator for a parsed document, compiled once per document object.
 * The schema is removed from ajv's registry right after compiling, so two versions sharing an
 * `$id` never collide and memory does not grow with every check.
 */
export function validatorFor(doc: JsonSchemaDocument): ValidateFunction {
  const known = compiled.get(doc);
  if (known) return known;
  const ajv = ajvFor(doc.draft);
  const schema = doc.raw as object | boolean;
  let validate: ValidateFunction;
  try {
    validate = ajv.compile(schema);
  } finally {
    if (typeof schema === 'object') ajv.removeSchema(schema);
  }
  compiled.set(doc, validate);
  return validate;
}

/** ajv's own sentence for the last failed validation. */
export function rejectionText(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .map((error) => `${error.instancePath || '(root)'} ${error.message ?? 'is invalid'}`)
    .join('; ');
}
