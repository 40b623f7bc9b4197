import type {
  CorrelationId,
  CompatibilityMode,
  EventKind,
  LifecycleStatus,
  Protocol,
  RetryPolicy,
  SchemaFormat,
} from './model';

/**
 * A catalog described by names instead of database ids: what the demo seeds,
 * what an AsyncAPI import produces, and what `lib/server` applies (create,
 * update or leave alone, matched by name) in one transaction.
 *
 * Every reference between items is by name: `producers: [{ service: 'Order Service',
 * event: 'OrderCreated', channel: 'orders' }]`.
 */
export interface CatalogDocument {
  domains?: DomainSpec[];
  services: ServiceSpec[];
  channels: ChannelSpec[];
  events: EventSpec[];
  producers: ProducerSpec[];
  consumers: ConsumerSpec[];
  flows?: FlowSpec[];
}

export interface DomainSpec {
  name: string;
  description?: string;
}

export interface ServiceSpec {
  name: string;
  description?: string;
  owner?: string;
  repositoryUrl?: string | null;
  tags?: string[];
  domain?: string | null;
  extras?: Record<string, unknown>;
}

export interface ChannelSpec {
  name: string;
  address?: string;
  protocol: Protocol;
  partitions?: number;
  retentionHours?: number | null;
  description?: string;
  bindings?: Record<string, unknown>;
  extras?: Record<string, unknown>;
}

export interface EventVersionSpec {
  /** Semver or integer label; defaults to the next integer. */
  label?: string;
  format: SchemaFormat;
  /** The schema as text (JSON Schema JSON or Avro JSON). */
  schema: string;
  examples?: unknown[];
}

export interface EventSpec {
  name: string;
  kind?: EventKind;
  summary?: string;
  description?: string;
  owner?: string;
  tags?: string[];
  status?: LifecycleStatus;
  compatibility?: CompatibilityMode | null;
  partitionKey?: string | null;
  channel?: string | null;
  domain?: string | null;
  title?: string;
  contentType?: string | null;
  headersSchema?: string | null;
  correlationId?: CorrelationId | null;
  extras?: Record<string, unknown>;
  /** Oldest first. Applying a document adds a version only when its schema differs from the latest. */
  versions: EventVersionSpec[];
}

export interface ProducerSpec {
  service: string;
  event: string;
  channel?: string | null;
  operationId?: string | null;
  extras?: Record<string, unknown>;
}

export interface ConsumerSpec {
  service: string;
  event: string;
  channel?: string | null;
  consumerGroup?: string | null;
  retryPolicy?: RetryPolicy | null;
  deadLetterChannel?: string | null;
  idempotencyKey?: string | null;
  fieldsRead?: string[];
  pinnedVersion?: number | null;
  operationId?: string | null;
  extras?: Record<string, unknown>;
}

export interface FlowSpec {
  name: string;
  slug?: string;
  description?: string;
  nodes: FlowNodeSpec[];
}

export interface FlowNodeSpec {
  kind: 'service' | 'event' | 'channel';
  name: string;
  x: number;
  y: number;
}
