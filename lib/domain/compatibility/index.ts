/**
 * Schema compatibility checking: parse → diff (typed changes, both directions) → verdict per
 * mode, with verified counterexamples and a human report.
 */
import type { SchemaFormat } from '../model';
import { avroChecker } from './avro';
import { parseSchemaText } from './check-compatibility';
import { jsonSchemaChecker } from './json-schema';
import type { FormatChecker, SchemaChange } from './types';

export { checkCompatibility, isTransitive, MODE_DIRECTIONS, type CheckOptions } from './check-compatibility';
export { formatReport, type ReportStyle } from './format-report';
export { jsonSchemaChecker, createJsonSchemaChecker } from './json-schema';
export { avroChecker } from './avro';
export * from './types';

/**
 * The typed changes from one schema text to another (both directions judged), without a mode.
 * Throws InvalidSchemaError (`which` = 1 for the old text, 'candidate' for the new one).
 *
 * @example diffSchemas('json-schema', '{"type":"string"}', '{"type":"integer"}')[0]?.kind // 'TYPE_CHANGED'
 */
export function diffSchemas(format: SchemaFormat, oldText: string, newText: string): SchemaChange[] {
  const checker = (format === 'avro' ? avroChecker : jsonSchemaChecker) as FormatChecker<unknown>;
  const oldSchema = parseSchemaText(checker, oldText, 1);
  const newSchema = parseSchemaText(checker, newText, 'candidate');
  return checker.diff(oldSchema, newSchema);
}
