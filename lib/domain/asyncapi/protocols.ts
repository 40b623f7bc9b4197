/** Mapping between AsyncAPI server protocols and the catalog's protocols. */
import { PROTOCOLS, type Protocol } from '../model';
import { X_PLACEHOLDER } from './extensions';
import type { JsonObject } from './types';

const ALIASES: Record<string, Protocol> = {
  kafka: 'kafka',
  'kafka-secure': 'kafka',
  amqp: 'amqp',
  amqps: 'amqp',
  amqp1: 'amqp',
  nats: 'nats',
  mqtt: 'mqtt',
  mqtts: 'mqtt',
  'secure-mqtt': 'mqtt',
  mqtt5: 'mqtt',
  redis: 'redis',
  rediss: 'redis',
  ws: 'ws',
  wss: 'ws',
  http: 'http',
  https: 'http',
};

/** Broker ports people expect, so placeholder hosts look familiar. */
const DEFAULT_PORTS: Record<Protocol, number> = {
  kafka: 9092,
  amqp: 5672,
  nats: 4222,
  mqtt: 1883,
  redis: 6379,
  ws: 8080,
  http: 8080,
};

/**
 * The catalog protocol for an AsyncAPI protocol name, or null when the catalog has no equivalent.
 *
 * @example
 * catalogProtocol('kafka-secure') // 'kafka'
 */
export function catalogProtocol(name: unknown): Protocol | null {
  return typeof name === 'string' ? (ALIASES[name.toLowerCase()] ?? null) : null;
}

/**
 * The first catalog protocol among binding keys (`{ kafka: {...} }` → 'kafka').
 *
 * @example
 * protocolFromBindings({ mqtt: { qos: 1 } }) // 'mqtt'
 */
export function protocolFromBindings(bindings: unknown): Protocol | null {
  if (bindings === null || typeof bindings !== 'object') return null;
  for (const key of Object.keys(bindings)) {
    const found = catalogProtocol(key);
    if (found && (PROTOCOLS as readonly string[]).includes(found)) return found;
  }
  return null;
}

/**
 * A server for channels whose broker the catalog does not know: the catalog
 * models protocols, not hosts, and AsyncAPI 3 requires a host.
 *
 * @example
 * placeholderServer('kafka').host // 'localhost:9092'
 */
export function placeholderServer(protocol: Protocol): JsonObject {
  return {
    host: `localhost:${DEFAULT_PORTS[protocol]}`,
    protocol,
    description: `Placeholder ${protocol} server: Eventflow models channels and protocols, not broker hosts.`,
    [X_PLACEHOLDER]: true,
  };
}
