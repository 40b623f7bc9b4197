import type {
  SimChannel,
  SimEventType,
  SimEventVersion,
  SimProducer,
  SimSubscription,
  SimulationModel,
} from './simulation-model';

/**
 * Small builders for hand-written simulation models (tests, benchmark, demos):
 * defaults fill everything a test does not care about.
 */

/**
 * An empty model with a seed.
 *
 * @example
 * const m = emptyModel(7);
 */
export function emptyModel(seed = 1): SimulationModel {
  return { seed, channels: [], events: [], producers: [], subscriptions: [], reactions: [], faults: [], injections: [], limits: {} };
}

/**
 * A JSON Schema (2020-12) version with `properties` all of type string unless given.
 *
 * @example
 * jsonVersion(1, { orderId: { type: 'string' } }, ['orderId'], [{ orderId: 'o-1' }]);
 */
export function jsonVersion(
  number: number,
  properties: Record<string, unknown>,
  required: string[],
  examples: unknown[] = [],
): SimEventVersion {
  const schema = { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties, required };
  return { number, label: String(number), format: 'json-schema', schema: JSON.stringify(schema), examples };
}

/**
 * An event type on a channel.
 *
 * @example
 * eventType('OrderCreated', 'orders', [jsonVersion(1, {}, [])], 'orderId');
 */
export function eventType(name: string, channel: string, versions: SimEventVersion[], partitionKey: string | null = null): SimEventType {
  return { name, channel, versions, partitionKey };
}

/**
 * A channel.
 *
 * @example
 * channel('orders', 6);
 */
export function channel(name: string, partitions = 1): SimChannel {
  return { name, partitions };
}

/**
 * A producer emitting `count` events at `perSecond`.
 *
 * @example
 * rateProducer('Order Service', 'OrderCreated', 100, 1000);
 */
export function rateProducer(service: string, event: string, perSecond: number, count: number, extra: Partial<SimProducer> = {}): SimProducer {
  return { service, event, schedule: { kind: 'rate', perSecond, count }, ...extra };
}

/**
 * A subscription with 1 ms constant latency, no failures, no retries, no DLQ, no idempotency.
 *
 * @example
 * subscription('Billing', 'OrderCreated', { failureProbability: 0.1 });
 */
export function subscription(consumer: string, pattern: string, extra: Partial<SimSubscription> = {}): SimSubscription {
  return {
    consumer,
    pattern,
    latency: { kind: 'constant', ms: 1 },
    failureProbability: 0,
    retry: null,
    deadLetterChannel: null,
    idempotency: { enabled: false, key: null },
    pinnedVersion: null,
    ...extra,
  };
}
