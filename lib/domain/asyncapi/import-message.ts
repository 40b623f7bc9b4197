/** One AsyncAPI message (2.x or 3.x) as a catalog event with one version. */
import type { EventSpec, EventVersionSpec } from '../catalog-document';
import { COMPATIBILITY_MODES, EVENT_KINDS, LIFECYCLE_STATUSES } from '../model';
import { X_EVENT, X_EXAMPLE_DETAILS, isEventflowExtension, type EventExtension } from './extensions';
import type { Located, RefResolver } from './ref-resolver';
import { catalogSchemaFormat } from './schema-formats';
import { applyTraits } from './traits';
import { isObject, type JsonObject } from './types';

const MODELLED = new Set([
  'name', 'title', 'summary', 'description', 'contentType', 'tags', 'headers', 'correlationId', 'payload',
  'schemaFormat', 'examples', 'traits',
]);

export interface ImportedMessage {
  event: EventSpec;
  /** The channel the export said the event belongs to (`x-eventflow-event.channel`). */
  channelHint: string | null;
}

/**
 * Converts a message found at `located`; `major` picks the trait and schema-format rules.
 *
 * @example
 * importMessage(resolver, located, 'OrderCreated', 3, { defaultContentType: 'application/json' }).event.name
 */
export function importMessage(
  resolver: RefResolver,
  located: Located,
  name: string,
  major: 2 | 3,
  defaults: { defaultContentType?: string },
): ImportedMessage {
  const message = applyTraits(resolver, located, major);
  const { file, pointer } = located;
  const at = (key: string) => `${pointer}/${key}`;
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const ext = (isObject(message[X_EVENT]) ? message[X_EVENT] : {}) as EventExtension & JsonObject;

  const event: EventSpec = { name, versions: [] };
  const title = text(message.title);
  if (title) event.title = title;
  const summary = text(message.summary);
  if (summary) event.summary = summary;
  const description = text(message.description);
  if (description) event.description = description;
  const contentType = text(message.contentType) ?? defaults.defaultContentType;
  if (contentType) event.contentType = contentType;
  const tags = resolver.deref(message.tags, file, at('tags'));
  if (Array.isArray(tags) && tags.length > 0) {
    event.tags = tags.map((t) => (isObject(t) ? String(t.name) : String(t)));
  }
  if (message.headers !== undefined) {
    event.headersSchema = schemaText(resolver.schema(message.headers, file, at('headers')));
  }
  const correlation = resolver.deref(message.correlationId, file, at('correlationId'));
  if (isObject(correlation) && typeof correlation.location === 'string') {
    event.correlationId = { location: correlation.location };
    if (typeof correlation.description === 'string') event.correlationId.description = correlation.description;
  }
  if (typeof ext.kind === 'string' && (EVENT_KINDS as readonly string[]).includes(ext.kind)) event.kind = ext.kind;
  if (typeof ext.status === 'string' && (LIFECYCLE_STATUSES as readonly string[]).includes(ext.status)) event.status = ext.status;
  if (typeof ext.owner === 'string') event.owner = ext.owner;
  if (typeof ext.compatibility === 'string' && (COMPATIBILITY_MODES as readonly string[]).includes(ext.compatibility)) {
    event.compatibility = ext.compatibility;
  }
  if (typeof ext.partitionKey === 'string') event.partitionKey = ext.partitionKey;
  if (typeof ext.domain === 'string') event.domain = ext.domain;

  const extras: JsonObject = {};
  const version = importPayload(resolver, message, located, major, extras);
  if (version) {
    if (typeof ext.versionLabel === 'string') version.label = ext.versionLabel;
    const examples = resolver.deref(message.examples, file, at('examples'));
    if (Array.isArray(examples) && examples.length > 0) {
      version.examples = examples.map((e) => (isObject(e) ? e.payload : e)).filter((p) => p !== undefined);
      const details = examples.map((e) => (isObject(e) ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'payload')) : {}));
      if (details.some((d) => Object.keys(d).length > 0)) extras[X_EXAMPLE_DETAILS] = details;
    }
    event.versions.push(version);
  }
  for (const [key, value] of Object.entries(message)) {
    if (MODELLED.has(key) || isEventflowExtension(key) || key.startsWith('x-parser-')) continue;
    extras[key] = resolver.deref(value, file, at(key));
  }
  if (Object.keys(extras).length > 0) event.extras = extras;
  return { event, channelHint: typeof ext.channel === 'string' ? ext.channel : null };
}

/** The payload as a catalog version; formats the catalog cannot hold stay in extras as `payload`. */
function importPayload(
  resolver: RefResolver,
  message: JsonObject,
  located: Located,
  major: 2 | 3,
  extras: JsonObject,
): EventVersionSpec | undefined {
  const payload = message.payload;
  if (payload === undefined) return undefined;
  const { file, pointer } = located;
  const payloadLoc = resolver.follow(payload, file, `${pointer}/payload`);
  const multiFormat = major === 3 && isObject(payloadLoc.value) && 'schemaFormat' in payloadLoc.value && 'schema' in payloadLoc.value;
  const schemaFormat = multiFormat ? (payloadLoc.value as JsonObject).schemaFormat : major === 2 ? message.schemaFormat : undefined;
  const format = catalogSchemaFormat(schemaFormat);
  if (!format) {
    resolver.warnings.push({
      message: `Schema format "${String(schemaFormat)}" is not supported; the payload is kept as is, without a schema version.`,
      path: `${pointer}/payload`,
      severity: 'warning',
      file,
    });
    extras.payload = resolver.deref(payload, file, `${pointer}/payload`);
    if (major === 2 && message.schemaFormat !== undefined) extras.schemaFormat = message.schemaFormat;
    return undefined;
  }
  const schemaLoc = multiFormat
    ? resolver.follow((payloadLoc.value as JsonObject).schema, payloadLoc.file, `${payloadLoc.pointer}/schema`)
    : payloadLoc;
  const schema =
    format === 'avro'
      ? resolver.deref(parseIfText(schemaLoc.value), schemaLoc.file, schemaLoc.pointer)
      : resolver.schema(schemaLoc.value, schemaLoc.file, schemaLoc.pointer);
  return { format, schema: schemaText(schema) };
}

/** Schema text as stored in the catalog: JSON, two-space indent, keys in the document's order. */
export function schemaText(schema: unknown): string {
  return JSON.stringify(schema, null, 2);
}

/** Avro schemas are sometimes given as a JSON string inside the YAML. */
function parseIfText(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
