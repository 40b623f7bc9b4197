import type {
  CatalogEvent,
  Channel,
  ConsumerEdge,
  CorrelationId,
  EventVersion,
  EventVersionHeader,
  Flow,
  ProducerEdge,
  RetryPolicy,
  Service,
  Workspace,
} from '@/lib/domain/model';
import type * as Row from './generated/prisma/client.ts';

/** Prisma rows → domain types: pages, API and CLI never see Prisma's types. */
const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

export const toWorkspace = (w: Row.Workspace): Workspace => ({
  id: w.id,
  slug: w.slug,
  name: w.name,
  description: w.description,
  defaultCompatibility: w.defaultCompatibility,
});

export const toService = (s: Row.Service): Service => ({
  id: s.id,
  name: s.name,
  description: s.description,
  owner: s.owner,
  repositoryUrl: s.repositoryUrl,
  tags: s.tags,
  domainId: s.domainId,
  extras: record(s.extras),
  version: s.version,
});

export const toChannel = (c: Row.Channel): Channel => ({
  id: c.id,
  name: c.name,
  address: c.address,
  protocol: c.protocol,
  partitions: c.partitions,
  retentionHours: c.retentionHours,
  description: c.description,
  bindings: record(c.bindings),
  extras: record(c.extras),
  version: c.version,
});

export const toEvent = (e: Row.Event): CatalogEvent => ({
  id: e.id,
  name: e.name,
  kind: e.kind,
  summary: e.summary,
  description: e.description,
  owner: e.owner,
  tags: e.tags,
  status: e.status,
  compatibility: e.compatibility,
  partitionKey: e.partitionKey,
  channelId: e.channelId,
  domainId: e.domainId,
  title: e.title,
  contentType: e.contentType,
  headersSchema: e.headersSchema,
  correlationId: (e.correlationId as CorrelationId | null) ?? null,
  extras: record(e.extras),
  version: e.version,
});

export const toVersionHeader = (v: Pick<Row.EventVersion, 'id' | 'number' | 'label' | 'format' | 'createdByName' | 'createdAt'>): EventVersionHeader => ({
  id: v.id,
  number: v.number,
  label: v.label,
  format: v.format === 'json_schema' ? 'json-schema' : 'avro',
  createdBy: v.createdByName || null,
  createdAt: v.createdAt.toISOString(),
});

export const toVersion = (v: Row.EventVersion): EventVersion => ({
  ...toVersionHeader(v),
  eventId: v.eventId,
  schema: v.schema,
  examples: Array.isArray(v.examples) ? (v.examples as unknown[]) : [],
  compatibilityReport: v.compatibilityReport ?? null,
});

export const toProducer = (p: Row.Producer): ProducerEdge => ({
  id: p.id,
  serviceId: p.serviceId,
  eventId: p.eventId,
  channelId: p.channelId,
  operationId: p.operationId,
  extras: record(p.extras),
});

export const toConsumer = (c: Row.Consumer): ConsumerEdge => ({
  id: c.id,
  serviceId: c.serviceId,
  eventId: c.eventId,
  channelId: c.channelId,
  consumerGroup: c.consumerGroup,
  retryPolicy: (c.retryPolicy as RetryPolicy | null) ?? null,
  deadLetterChannelId: c.deadLetterChannelId,
  idempotencyKey: c.idempotencyKey,
  fieldsRead: c.fieldsRead,
  pinnedVersion: c.pinnedVersion,
  operationId: c.operationId,
  extras: record(c.extras),
});

export const toFlow = (f: Row.Flow & { nodes: Row.FlowNode[] }): Flow => ({
  id: f.id,
  slug: f.slug,
  name: f.name,
  description: f.description,
  version: f.version,
  nodes: f.nodes.map((n) => ({ kind: n.kind, refId: n.refId, x: n.x, y: n.y })),
});

/** The domain's format names ↔ Prisma's enum keys (a dash cannot be an enum key). */
export const formatToRow = (format: 'json-schema' | 'avro') => (format === 'json-schema' ? 'json_schema' : 'avro') as Row.$Enums.SchemaFormat;
