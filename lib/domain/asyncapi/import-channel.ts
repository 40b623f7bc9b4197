/** One AsyncAPI channel (2.x or 3.x, already located) as a catalog channel. */
import type { ChannelSpec } from '../catalog-document';
import { X_NAME, X_PARTITIONS, X_PLACEHOLDER, X_RETENTION_HOURS, X_SERVERS, isEventflowExtension } from './extensions';
import { catalogProtocol, protocolFromBindings } from './protocols';
import type { Located, RefResolver } from './ref-resolver';
import { isObject, type JsonObject } from './types';

/** A server the channel is served by, in AsyncAPI 3 shape. */
export interface NamedServer {
  name: string;
  server: JsonObject;
}

/**
 * @param structural channel fields the caller handles (messages, operations, servers...)
 *
 * @example
 * importChannel(resolver, located, 'orders', 'shop.orders', servers, ['messages']).protocol // 'kafka'
 */
export function importChannel(
  resolver: RefResolver,
  located: Located,
  key: string,
  address: string,
  servers: NamedServer[],
  structural: readonly string[],
  convertExtra: (key: string, value: unknown) => unknown = (_k, v) => v,
): ChannelSpec {
  const channel = isObject(located.value) ? located.value : {};
  const at = (k: string) => `${located.pointer}/${k}`;
  const bindings = resolver.deref(channel.bindings, located.file, at('bindings'));
  const protocol =
    servers.map((s) => catalogProtocol(s.server.protocol)).find((p) => p !== null) ??
    protocolFromBindings(bindings) ??
    null;
  const name = typeof channel[X_NAME] === 'string' ? channel[X_NAME] : key;
  if (!protocol) {
    resolver.warnings.push({
      message: `Channel "${name}" has no server or binding with a protocol Eventflow knows; it is imported as kafka.`,
      path: located.pointer,
      severity: 'warning',
      file: located.file,
    });
  }
  const spec: ChannelSpec = { name, address, protocol: protocol ?? 'kafka' };
  if (typeof channel.description === 'string' && channel.description !== '') spec.description = channel.description;
  if (isObject(bindings) && Object.keys(bindings).length > 0) spec.bindings = bindings;
  if (isObject(bindings) && isObject(bindings.kafka)) {
    readKafka(bindings.kafka, spec);
  } else {
    if (typeof channel[X_PARTITIONS] === 'number') spec.partitions = channel[X_PARTITIONS];
    if (typeof channel[X_RETENTION_HOURS] === 'number') spec.retentionHours = channel[X_RETENTION_HOURS];
  }

  const extras: JsonObject = {};
  for (const [k, value] of Object.entries(channel)) {
    if (['address', 'description', 'bindings', ...structural].includes(k) || isEventflowExtension(k) || k.startsWith('x-parser-')) continue;
    extras[k] = convertExtra(k, resolver.deref(value, located.file, at(k)));
  }
  const parameters = withoutImplicitParameters(extras.parameters, address);
  if (parameters) extras.parameters = parameters;
  else delete extras.parameters;
  const real = servers.filter((s) => s.server[X_PLACEHOLDER] !== true);
  if (real.length > 0) extras[X_SERVERS] = Object.fromEntries(real.map((s) => [s.name, s.server]));
  if (Object.keys(extras).length > 0) spec.extras = extras;
  return spec;
}

const HOUR_MS = 3_600_000;

/** Partitions and whole-hour retention are read from the Kafka binding, which stays as written. */
function readKafka(kafka: JsonObject, spec: ChannelSpec): void {
  if (typeof kafka.partitions === 'number') spec.partitions = kafka.partitions;
  const ms = isObject(kafka.topicConfiguration) ? kafka.topicConfiguration['retention.ms'] : undefined;
  if (typeof ms === 'number' && ms >= 0 && ms % HOUR_MS === 0) spec.retentionHours = ms / HOUR_MS;
}

/** `{}` parameters for the address placeholders are what the exporter adds anyway; keep only real ones. */
function withoutImplicitParameters(parameters: unknown, address: string): JsonObject | undefined {
  if (!isObject(parameters)) return undefined;
  const placeholders = new Set([...address.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]));
  const kept = Object.fromEntries(
    Object.entries(parameters).filter(([name, p]) => !(placeholders.has(name) && isObject(p) && Object.keys(p).length === 0)),
  );
  return Object.keys(kept).length > 0 ? kept : undefined;
}
