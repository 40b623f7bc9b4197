/** Channel pieces both AsyncAPI versions share: bindings, extras, address parameters. */
import { X_NAME, X_PARTITIONS, X_RETENTION_HOURS, X_SYNTHETIC, isEventflowExtension } from './extensions';
import type { ModelChannel } from './export-model';
import { isObject, type AsyncApiVersion, type JsonObject } from './types';

const HOUR_MS = 3_600_000;

/** Binding keys AsyncAPI defines for channels, operations and messages. */
export const BINDING_KEYS = new Set([
  'http', 'ws', 'kafka', 'anypointmq', 'amqp', 'amqp1', 'mqtt', 'mqtt5', 'nats', 'jms', 'sns', 'solace',
  'sqs', 'stomp', 'redis', 'mercure', 'ibmmq', 'googlepubsub', 'pulsar',
]);

/** What `effectiveBindings` needs of a channel (a catalog channel or a document's channel spec). */
export interface BindingSource {
  protocol: string;
  partitions?: number;
  retentionHours?: number | null;
  bindings?: Record<string, unknown>;
}

/**
 * The channel's bindings as exported: stored bindings, with the channel's own
 * Kafka partition count and retention written into the Kafka binding (the
 * channel fields win over stale binding values). The import plan compares
 * channels through this too, so "partitions in the field" and "partitions in
 * the binding" are the same thing.
 *
 * @example
 * effectiveBindings({ protocol: 'kafka', partitions: 3, retentionHours: null, bindings: {} }) // { kafka: { partitions: 3 } }
 */
export function effectiveBindings(channel: BindingSource): JsonObject {
  const bindings: JsonObject = {};
  for (const [key, value] of Object.entries(channel.bindings ?? {})) {
    if (BINDING_KEYS.has(key) || key.startsWith('x-')) bindings[key] = value;
  }
  if (channel.protocol !== 'kafka') return bindings;
  const partitions = channel.partitions ?? 1;
  const kafka: JsonObject = isObject(bindings.kafka) ? { ...bindings.kafka } : {};
  if (isObject(bindings.kafka) || partitions !== 1) kafka.partitions = partitions;
  if (channel.retentionHours !== null && channel.retentionHours !== undefined) {
    const config: JsonObject = isObject(kafka.topicConfiguration) ? { ...kafka.topicConfiguration } : {};
    config['retention.ms'] = channel.retentionHours * HOUR_MS;
    kafka.topicConfiguration = config;
  }
  if (Object.keys(kafka).length > 0) bindings.kafka = kafka;
  return bindings;
}

/**
 * Stored channel extras an AsyncAPI channel of `version` accepts, plus the
 * `x-eventflow-*` fields a re-import needs (original name, non-Kafka partitions/retention).
 *
 * @example
 * channelExtensions(model, '3.0.0') // { title: 'Orders', 'x-eventflow-name': 'orders topic' }
 */
export function channelExtensions(model: ModelChannel, version: AsyncApiVersion, allowed: readonly string[]): JsonObject {
  const out: JsonObject = {};
  const channel = model.channel;
  if (!channel) {
    out[X_SYNTHETIC] = true;
    return out;
  }
  for (const [key, value] of Object.entries(channel.extras)) {
    if (allowed.includes(key) || (key.startsWith('x-') && !isEventflowExtension(key))) out[key] = value;
  }
  const params = addressParameters(model.address, out.parameters, version);
  if (params) out.parameters = params;
  if (model.key !== model.name || (version === '2.6.0' && model.address !== model.name)) out[X_NAME] = model.name;
  if (channel.protocol !== 'kafka') {
    if (channel.partitions !== 1) out[X_PARTITIONS] = channel.partitions;
    if (channel.retentionHours !== null) out[X_RETENTION_HOURS] = channel.retentionHours;
  }
  return out;
}

/** Address placeholders (`orders.{region}`) must be declared as channel parameters. */
function addressParameters(address: string, existing: unknown, version: AsyncApiVersion): JsonObject | undefined {
  const names = [...address.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
  if (names.length === 0) return isObject(existing) ? existing : undefined;
  const params: JsonObject = isObject(existing) ? { ...existing } : {};
  for (const name of names) {
    if (!(name in params)) params[name] = version === '3.0.0' ? {} : { schema: { type: 'string' } };
  }
  return params;
}

/**
 * Converts AsyncAPI 3 parameters (`enum`, `default`) to 2.x ones (`schema`), which the importer stores in 3.0 shape.
 *
 * @example
 * parametersToV2({ region: { enum: ['eu'] } }) // { region: { schema: { type: 'string', enum: ['eu'] } } }
 */
export function parametersToV2(params: unknown): JsonObject | undefined {
  if (!isObject(params)) return undefined;
  const out: JsonObject = {};
  for (const [name, param] of Object.entries(params)) {
    if (!isObject(param)) continue;
    const { enum: values, default: fallback, examples: _examples, ...rest } = param;
    const schema: JsonObject = { type: 'string' };
    if (Array.isArray(values)) schema.enum = values;
    if (fallback !== undefined) schema.default = fallback;
    out[name] = isObject(rest.schema) ? rest : { ...rest, schema };
  }
  return out;
}
