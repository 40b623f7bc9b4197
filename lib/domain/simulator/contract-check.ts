import Ajv2020 from 'ajv/dist/2020';
import AjvDraft7 from 'ajv';
import addFormats from 'ajv-formats';
import avro from 'avsc';
import type { SimEventVersion } from './simulation-model';

/** A compiled contract: null when the payload conforms, else a one-line reason. */
export type PayloadValidator = (payload: unknown) => string | null;

/**
 * Compiles each (event, version) schema once per run: ajv (2020-12, or draft-07
 * when the schema says so) for JSON Schema, avsc for Avro.
 *
 * @example
 * const checker = new ContractChecker();
 * const validate = checker.validatorFor('OrderCreated', version);
 * validate({ orderId: 'o-1' }); // null, or "/total: must have required property 'total'"
 */
export class ContractChecker {
  private readonly cache = new Map<string, PayloadValidator>();
  private ajv2020: Ajv2020 | null = null;
  private ajv7: AjvDraft7 | null = null;

  validatorFor(eventName: string, version: SimEventVersion): PayloadValidator {
    const key = `${eventName}@${version.number}`;
    let validator = this.cache.get(key);
    if (validator === undefined) {
      validator = this.compile(version);
      this.cache.set(key, validator);
    }
    return validator;
  }

  private compile(version: SimEventVersion): PayloadValidator {
    let schema: unknown;
    try {
      schema = JSON.parse(version.schema);
    } catch (e) {
      const reason = `schema v${version.label} is not valid JSON: ${(e as Error).message}`;
      return () => reason;
    }
    try {
      return version.format === 'avro' ? compileAvro(schema) : this.compileJsonSchema(schema);
    } catch (e) {
      const reason = `schema v${version.label} does not compile: ${(e as Error).message}`;
      return () => reason;
    }
  }

  private compileJsonSchema(schema: unknown): PayloadValidator {
    const obj = (schema !== null && typeof schema === 'object' ? { ...schema } : schema) as Record<string, unknown>;
    const dialect = typeof obj.$schema === 'string' ? obj.$schema : '';
    // ids repeat across versions of one event; the cache above is keyed by version instead
    delete obj.$id;
    const ajv = /draft-0[467]/.test(dialect) ? this.draft7() : this.draft2020();
    if (/draft-0[46]/.test(dialect)) delete obj.$schema;
    const validate = ajv.compile(obj);
    return (payload) => {
      if (validate(payload)) return null;
      const err = validate.errors?.[0];
      return err ? `${err.instancePath || '/'}: ${err.message ?? 'invalid'}` : 'invalid';
    };
  }

  private draft2020(): Ajv2020 {
    if (this.ajv2020 === null) {
      this.ajv2020 = new Ajv2020({ strict: false, allErrors: false });
      addFormats(this.ajv2020);
    }
    return this.ajv2020;
  }

  private draft7(): AjvDraft7 {
    if (this.ajv7 === null) {
      this.ajv7 = new AjvDraft7({ strict: false, allErrors: false });
      addFormats(this.ajv7);
    }
    return this.ajv7;
  }
}

function compileAvro(schema: unknown): PayloadValidator {
  const type = avro.Type.forSchema(schema as avro.Schema);
  return (payload) => {
    if (type.isValid(payload)) return null;
    // second pass only on failure: the error hook slows the common case
    let firstPath: string | null = null;
    const ok = type.isValid(payload, {
      errorHook: (path: string[]) => {
        if (firstPath === null) firstPath = '/' + path.join('/');
      },
    });
    return ok ? 'does not match the Avro schema' : `${firstPath ?? '/'}: does not match the Avro schema`;
  };
}
