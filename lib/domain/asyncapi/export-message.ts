/** One catalog event (with its latest version) as an AsyncAPI message object. */
import type { CatalogEvent } from '../model';
import { X_EVENT, X_EXAMPLE_DETAILS, isEventflowExtension, type EventExtension } from './extensions';
import type { ModelMessage } from './export-model';
import { AVRO_SCHEMA_FORMAT } from './schema-formats';
import { prefixInternalRefs, toPointer } from './schema-refs';
import { isObject, type AsyncApiVersion, type JsonObject } from './types';

const MESSAGE_FIELDS: Record<AsyncApiVersion, readonly string[]> = {
  '3.0.0': ['headers', 'payload', 'correlationId', 'contentType', 'name', 'title', 'summary', 'description', 'tags', 'externalDocs', 'bindings', 'examples'],
  '2.6.0': ['messageId', 'headers', 'payload', 'correlationId', 'schemaFormat', 'contentType', 'name', 'title', 'summary', 'description', 'tags', 'externalDocs', 'bindings', 'examples'],
};

/**
 * Builds the message for `components.messages[message.key]`.
 *
 * @example
 * exportMessage(model.messages[0], '3.0.0').name // 'OrderCreated'
 */
export function exportMessage(message: ModelMessage, version: AsyncApiVersion): JsonObject {
  const { event, version: eventVersion } = message;
  const base = ['components', 'messages', message.key];
  const out: JsonObject = { name: event.name };
  if (event.title) out.title = event.title;
  if (event.summary) out.summary = event.summary;
  if (event.description) out.description = event.description;
  if (event.contentType) out.contentType = event.contentType;
  if (event.tags.length > 0) out.tags = event.tags.map((name) => ({ name }));
  const headers = parseJson(event.headersSchema);
  if (isObject(headers)) out.headers = prefixInternalRefs(headers, toPointer([...base, 'headers']));
  if (event.correlationId) {
    out.correlationId = {
      location: event.correlationId.location,
      ...(event.correlationId.description ? { description: event.correlationId.description } : {}),
    };
  }
  if (eventVersion) {
    const schema = parseJson(eventVersion.schema);
    if (eventVersion.format === 'avro' && schema !== undefined) {
      if (version === '3.0.0') {
        out.payload = { schemaFormat: AVRO_SCHEMA_FORMAT, schema };
      } else {
        out.schemaFormat = AVRO_SCHEMA_FORMAT;
        out.payload = schema;
      }
    } else if (isObject(schema)) {
      out.payload = prefixInternalRefs(schema, toPointer([...base, 'payload']));
    } else if (typeof schema === 'boolean') {
      // AsyncAPI payloads must be objects; these are the object forms of `true` and `false`.
      out.payload = schema ? {} : { not: {} };
    }
    if (eventVersion.examples.length > 0) out.examples = exportExamples(event, eventVersion.examples);
  }
  const allowed = MESSAGE_FIELDS[version];
  for (const [key, value] of Object.entries(event.extras)) {
    const extension = key.startsWith('x-') && !isEventflowExtension(key);
    if (!(key in out) && (extension || allowed.includes(key))) out[key] = value;
  }
  out[X_EVENT] = eventExtension(message);
  return out;
}

function exportExamples(event: CatalogEvent, payloads: unknown[]): JsonObject[] {
  const details = event.extras[X_EXAMPLE_DETAILS];
  return payloads.map((payload, i) => {
    const detail = Array.isArray(details) && isObject(details[i]) ? details[i] : {};
    return { ...detail, payload };
  });
}

function eventExtension({ event, version, channelName, domainName }: ModelMessage): EventExtension {
  const ext: EventExtension = { kind: event.kind, status: event.status };
  if (event.owner) ext.owner = event.owner;
  if (event.compatibility) ext.compatibility = event.compatibility;
  if (event.partitionKey) ext.partitionKey = event.partitionKey;
  if (domainName) ext.domain = domainName;
  if (channelName) ext.channel = channelName;
  if (version) ext.versionLabel = version.label;
  return ext;
}

function parseJson(text: string | null): unknown {
  if (text === null || text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
