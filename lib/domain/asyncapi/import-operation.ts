/** Turning one imported operation (either version) into producer or consumer relations. */
import type { ConsumerSpec } from '../catalog-document';
import type { RetryPolicy } from '../model';
import type { EdgeExtension } from './extensions';
import type { ImportBuilder } from './import-builder';
import { sanitizeKey } from './names';
import { isObject, type JsonObject } from './types';

export interface ImportedOperation {
  operationId: string;
  action: 'send' | 'receive';
  service: string;
  channel: string | null;
  events: string[];
  extras: JsonObject;
  edges: Record<string, EdgeExtension>;
  bindings: unknown;
}

/**
 * Adds the relations of one operation to the builder.
 *
 * @example
 * addOperation(builder, { operationId: 'sendOrder', action: 'send', service: 'Shop', channel: 'orders', events: ['OrderCreated'], extras: {}, edges: {}, bindings: undefined }, knownChannel);
 */
export function addOperation(builder: ImportBuilder, op: ImportedOperation): void {
  // An id our exporter generated for a relation without one comes back as "none" (the export regenerates it).
  const only = op.events.length === 1 ? op.events[0] : undefined;
  const generated = only !== undefined && op.operationId === `${sanitizeKey(op.service)}_${op.action}_${sanitizeKey(only)}`;
  const operationId = generated ? null : op.operationId;
  for (const event of op.events) {
    builder.explain(op.channel, event);
    const base = { service: op.service, event, channel: op.channel, operationId };
    const extras = Object.keys(op.extras).length > 0 ? { extras: op.extras } : {};
    if (op.action === 'send') {
      builder.producers.push({ ...base, ...extras });
      continue;
    }
    const consumer: ConsumerSpec = { ...base, ...extras };
    const ext: EdgeExtension = isObject(op.edges[event]) ? (op.edges[event] as EdgeExtension) : {};
    const group = typeof ext.consumerGroup === 'string' ? ext.consumerGroup : kafkaGroupId(op.bindings);
    if (group) consumer.consumerGroup = group;
    if (isRetryPolicy(ext.retryPolicy)) consumer.retryPolicy = { ...ext.retryPolicy };
    if (typeof ext.deadLetterChannel === 'string') consumer.deadLetterChannel = ext.deadLetterChannel;
    if (typeof ext.idempotencyKey === 'string') consumer.idempotencyKey = ext.idempotencyKey;
    if (Array.isArray(ext.fieldsRead)) consumer.fieldsRead = ext.fieldsRead.map(String);
    if (typeof ext.pinnedVersion === 'number') consumer.pinnedVersion = ext.pinnedVersion;
    builder.consumers.push(consumer);
  }
}

function isRetryPolicy(value: unknown): value is RetryPolicy {
  return isObject(value) && ['maxAttempts', 'backoffMs', 'multiplier'].every((k) => typeof value[k] === 'number');
}

/** A Kafka operation binding pins the consumer group as `groupId: { enum: [g] }` or `{ const: g }`. */
function kafkaGroupId(bindings: unknown): string | undefined {
  const groupId = isObject(bindings) && isObject(bindings.kafka) ? bindings.kafka.groupId : undefined;
  if (!isObject(groupId)) return undefined;
  if (typeof groupId.const === 'string') return groupId.const;
  if (Array.isArray(groupId.enum) && groupId.enum.length === 1 && typeof groupId.enum[0] === 'string') return groupId.enum[0];
  return undefined;
}
