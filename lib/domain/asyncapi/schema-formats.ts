/** AsyncAPI `schemaFormat` strings and what they mean for the catalog. */
import type { SchemaFormat } from '../model';

export const AVRO_SCHEMA_FORMAT = 'application/vnd.apache.avro+json;version=1.9.0';

/**
 * The catalog format for an AsyncAPI `schemaFormat`, or null for formats the catalog cannot hold
 * (Protobuf, RAML...). No format means the AsyncAPI schema, a JSON Schema superset.
 *
 * @example
 * catalogSchemaFormat('application/vnd.apache.avro;version=1.9.0') // 'avro'
 */
export function catalogSchemaFormat(schemaFormat: unknown): SchemaFormat | null {
  if (schemaFormat === undefined || schemaFormat === null) return 'json-schema';
  if (typeof schemaFormat !== 'string') return null;
  const format = schemaFormat.toLowerCase();
  if (format.startsWith('application/vnd.apache.avro')) return 'avro';
  if (
    format.startsWith('application/vnd.aai.asyncapi') ||
    format.startsWith('application/schema+json') ||
    format.startsWith('application/schema+yaml') ||
    format.startsWith('application/vnd.oai.openapi')
  ) {
    return 'json-schema';
  }
  return null;
}
