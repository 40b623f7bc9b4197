/**
 * The catalog's domain types: plain data, no framework, no I/O.
 * `lib/server` maps database rows to these; UI, API, CLI and the pure engines
 * (compatibility, AsyncAPI, simulator) all speak them.
 */

export const ROLES = ['viewer', 'editor', 'owner'] as const;
export type Role = (typeof ROLES)[number];

export const EVENT_KINDS = ['event', 'command', 'query'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const LIFECYCLE_STATUSES = ['draft', 'active', 'deprecated', 'retired'] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

export const COMPATIBILITY_MODES = [
  'NONE',
  'BACKWARD',
  'BACKWARD_TRANSITIVE',
  'FORWARD',
  'FORWARD_TRANSITIVE',
  'FULL',
  'FULL_TRANSITIVE',
] as const;
export type CompatibilityMode = (typeof COMPATIBILITY_MODES)[number];

export const SCHEMA_FORMATS = ['json-schema', 'avro'] as const;
export type SchemaFormat = (typeof SCHEMA_FORMATS)[number];

export const PROTOCOLS = ['kafka', 'amqp', 'nats', 'mqtt', 'redis', 'ws', 'http'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

/** Whether `role` is allowed to do what `needed` allows (owner ⊃ editor ⊃ viewer). */
export function roleAllows(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

export interface Workspace {
  id: string;
  slug: string;
  name: string;
  description: string;
  defaultCompatibility: CompatibilityMode;
}

export interface Domain {
  id: string;
  name: string;
  description: string;
}

export interface Service {
  id: string;
  name: string;
  description: string;
  owner: string;
  repositoryUrl: string | null;
  tags: string[];
  domainId: string | null;
  /** Format-specific details kept for lossless round trips (e.g. AsyncAPI `x-` fields). */
  extras: Record<string, unknown>;
  version: number;
}

export interface Channel {
  id: string;
  name: string;
  /** The address on the broker: a Kafka topic, an AMQP routing key, an MQTT topic filter... */
  address: string;
  protocol: Protocol;
  partitions: number;
  retentionHours: number | null;
  description: string;
  /** Protocol bindings as AsyncAPI writes them, keyed by protocol (`{ kafka: { partitions: 3 } }`). */
  bindings: Record<string, unknown>;
  extras: Record<string, unknown>;
  version: number;
}

export interface EventVersion {
  id: string;
  eventId: string;
  /** Position in the event's history, 1-based, strictly sequential. */
  number: number;
  /** Human label, semver or the integer as text ("1.2.0", "3"). */
  label: string;
  format: SchemaFormat;
  schema: string;
  examples: unknown[];
  createdBy: string | null;
  createdAt: string;
  compatibilityReport: unknown | null;
}

/** A version without its content (schema, examples, report): a row in a long list of versions. */
export type EventVersionHeader = Pick<EventVersion, 'id' | 'number' | 'label' | 'format' | 'createdBy' | 'createdAt'>;

export interface CatalogEvent {
  id: string;
  name: string;
  kind: EventKind;
  summary: string;
  /** Markdown. */
  description: string;
  owner: string;
  tags: string[];
  status: LifecycleStatus;
  /** null means: use the workspace default. */
  compatibility: CompatibilityMode | null;
  partitionKey: string | null;
  channelId: string | null;
  domainId: string | null;
  /** Message-level details: AsyncAPI title, content type, headers schema, correlation id. */
  title: string;
  contentType: string | null;
  /** JSON Schema text of the message headers, when modelled. */
  headersSchema: string | null;
  correlationId: CorrelationId | null;
  extras: Record<string, unknown>;
  version: number;
}

export interface CorrelationId {
  /** Runtime expression, e.g. `$message.header#/correlationId`. */
  location: string;
  description?: string;
}

/** Service —produces→ Event (optionally on a channel). */
export interface ProducerEdge {
  id: string;
  serviceId: string;
  eventId: string;
  channelId: string | null;
  /** The AsyncAPI operation id this relation came from or exports as. */
  operationId: string | null;
  extras: Record<string, unknown>;
}

/** Event —consumed by→ Service, with what makes consumer-impact analysis possible. */
export interface ConsumerEdge {
  id: string;
  serviceId: string;
  eventId: string;
  channelId: string | null;
  consumerGroup: string | null;
  retryPolicy: RetryPolicy | null;
  deadLetterChannelId: string | null;
  idempotencyKey: string | null;
  /** JSON pointers (e.g. `/orderId`) of the payload fields the consumer reads. */
  fieldsRead: string[];
  /** The event version the consumer is pinned to; null means the latest. */
  pinnedVersion: number | null;
  operationId: string | null;
  extras: Record<string, unknown>;
}

export interface RetryPolicy {
  maxAttempts: number;
  backoffMs: number;
  multiplier: number;
}

export type FlowNodeKind = 'service' | 'event' | 'channel';

export interface FlowNode {
  kind: FlowNodeKind;
  refId: string;
  x: number;
  y: number;
}

export interface Flow {
  id: string;
  slug: string;
  name: string;
  description: string;
  nodes: FlowNode[];
  version: number;
}

/** A whole workspace's catalog, as the exporters and the simulator read it. */
export interface Catalog {
  workspace: Workspace;
  domains: Domain[];
  services: Service[];
  events: CatalogEvent[];
  versions: EventVersion[];
  channels: Channel[];
  producers: ProducerEdge[];
  consumers: ConsumerEdge[];
  flows: Flow[];
}
