import type { ChannelSpec, EventVersionSpec } from '../catalog-document';
import type { CorrelationId, RetryPolicy } from '../model';
import { standardHeadersSchema, type JsonSchema } from './schemas';

export interface KafkaTopicOptions {
  partitions: number;
  retentionHours: number | null;
  description: string;
  /** Topic name on the broker when it differs from the channel name. */
  address?: string;
  replicas?: number;
}

/**
 * A Kafka topic channel whose AsyncAPI binding mirrors its partitions.
 *
 * @example
 * kafkaTopic('orders', { partitions: 6, retentionHours: 168, description: 'Order lifecycle events.' })
 */
export function kafkaTopic(name: string, options: KafkaTopicOptions): ChannelSpec {
  const replicas = options.replicas ?? 3;
  return {
    name,
    address: options.address ?? name,
    protocol: 'kafka',
    partitions: options.partitions,
    retentionHours: options.retentionHours,
    description: options.description,
    bindings: { kafka: { partitions: options.partitions, replicas } },
  };
}

/**
 * One JSON Schema version of an event, stored as pretty-printed text like a registry would.
 *
 * @example
 * jsonSchemaVersion('1.0.0', eventSchema({ ... }), [{ orderId: '...' }])
 */
export function jsonSchemaVersion(label: string, schema: JsonSchema, examples: unknown[]): EventVersionSpec {
  return { label, format: 'json-schema', schema: JSON.stringify(schema, null, 2), examples };
}

/** The headers schema text shared by seeded events that model headers. */
export const STANDARD_HEADERS_SCHEMA = JSON.stringify(standardHeadersSchema, null, 2);

/** Where seeded messages carry their correlation id. */
export const HEADER_CORRELATION_ID: CorrelationId = {
  location: '$message.header#/correlationId',
  description: 'Shared by every message of one business transaction.',
};

/** Retry three times with exponential backoff (0.5 s, 1 s, 2 s) before dead-lettering. */
export const STANDARD_RETRY: RetryPolicy = { maxAttempts: 3, backoffMs: 500, multiplier: 2 };

/** For consumers that call slow third parties (payment providers, storage). */
export const PATIENT_RETRY: RetryPolicy = { maxAttempts: 5, backoffMs: 1000, multiplier: 2 };
