import { z } from 'zod';
import {
  COMPATIBILITY_MODES,
  EVENT_KINDS,
  LIFECYCLE_STATUSES,
  PROTOCOLS,
  ROLES,
  SCHEMA_FORMATS,
} from '@/lib/domain/model';

/**
 * What the outside world may send: HTTP bodies, forms and CLI arguments all parse
 * through these, so a rule is stated once. Names are trimmed; unknown keys rejected.
 */
const name = z
  .string()
  .trim()
  .min(1, 'Name is required')
  .max(120, 'Name is at most 120 characters')
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._:\-/]*$/u, 'Use letters, digits, spaces and . _ : - /');
const text = (max: number) => z.string().max(max, `At most ${max} characters`);
const tags = z
  .array(z.string().trim().min(1).max(40).regex(/^[\w.-]+$/, 'Tags use letters, digits, _ . -'))
  .max(30)
  .transform((list) => [...new Set(list)]);
const url = z.url({ protocol: /^https?$/, message: 'Must be an http(s) URL' });
const jsonRecord = z.record(z.string(), z.unknown());
const pointer = z.string().regex(/^(\/[^/]*)*$/, 'Must be a JSON pointer like /orderId');

export const SlugSchema = z
  .string()
  .trim()
  .min(2)
  .max(60)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Use lowercase letters, digits and dashes');

export const WorkspaceCreateSchema = z.strictObject({
  name: name,
  slug: SlugSchema.optional(),
  description: text(2000).optional(),
  defaultCompatibility: z.enum(COMPATIBILITY_MODES).optional(),
});

/**
 * Create schemas fill defaults; update schemas are the same fields, all optional and
 * without defaults (a PATCH that omits a field must leave it alone).
 */
const serviceFields = {
  name,
  description: text(20_000),
  owner: text(120).trim(),
  repositoryUrl: url.nullable().optional().or(z.literal('').transform(() => null)),
  tags,
  domain: name.nullable().optional(),
  extras: jsonRecord.optional(),
};
export const ServiceInputSchema = z.strictObject({
  ...serviceFields,
  description: serviceFields.description.default(''),
  owner: serviceFields.owner.default(''),
  tags: tags.default([]),
});
export type ServiceInput = z.infer<typeof ServiceInputSchema>;

const channelFields = {
  name,
  address: text(250).trim().min(1, 'Address is required').optional(),
  protocol: z.enum(PROTOCOLS),
  partitions: z.number().int().min(1).max(10_000),
  retentionHours: z.number().int().min(0).max(1_000_000).nullable().optional(),
  description: text(20_000),
  bindings: jsonRecord.optional(),
  extras: jsonRecord.optional(),
};
export const ChannelInputSchema = z.strictObject({
  ...channelFields,
  partitions: channelFields.partitions.default(1),
  description: channelFields.description.default(''),
});
export type ChannelInput = z.infer<typeof ChannelInputSchema>;

const eventFields = {
  name,
  kind: z.enum(EVENT_KINDS),
  summary: text(500),
  description: text(50_000),
  owner: text(120).trim(),
  tags,
  status: z.enum(LIFECYCLE_STATUSES),
  compatibility: z.enum(COMPATIBILITY_MODES).nullable().optional(),
  partitionKey: text(200).nullable().optional(),
  channel: name.nullable().optional(),
  domain: name.nullable().optional(),
  title: text(200).optional(),
  contentType: text(100).nullable().optional(),
  headersSchema: text(200_000).nullable().optional(),
  correlationId: z
    .strictObject({ location: text(500).min(1), description: text(2000).optional() })
    .nullable()
    .optional(),
  extras: jsonRecord.optional(),
};
export const EventInputSchema = z.strictObject({
  ...eventFields,
  kind: eventFields.kind.default('event'),
  summary: eventFields.summary.default(''),
  description: eventFields.description.default(''),
  owner: eventFields.owner.default(''),
  tags: tags.default([]),
  status: eventFields.status.default('draft'),
});
export type EventInput = z.infer<typeof EventInputSchema>;

/** Updates carry the version the editor read (optimistic concurrency). */
const expectedVersion = z.number().int().min(1, 'expectedVersion is the version you read');
export const ServiceUpdateSchema = z.strictObject(serviceFields).partial().extend({ expectedVersion });
export const ChannelUpdateSchema = z.strictObject(channelFields).partial().extend({ expectedVersion });
export const EventUpdateSchema = z.strictObject(eventFields).partial().extend({ expectedVersion });

export const VersionInputSchema = z.strictObject({
  label: z
    .string()
    .trim()
    .regex(/^(\d+|\d+\.\d+\.\d+(-[\w.]+)?)$/, 'Use an integer ("3") or semver ("1.2.0")')
    .optional(),
  format: z.enum(SCHEMA_FORMATS),
  schema: z.string().min(2, 'Schema is required').max(1_000_000, 'Schema is at most 1 MB'),
  examples: z.array(z.unknown()).max(50).default([]),
  /** Owners only: publish although the compatibility check fails, with a written reason. */
  force: z.strictObject({ reason: z.string().trim().min(10, 'Give a reason of at least 10 characters') }).optional(),
});
export type VersionInput = z.infer<typeof VersionInputSchema>;

export const ProducerInputSchema = z.strictObject({
  service: name,
  event: name,
  channel: name.nullable().optional(),
  operationId: text(200).nullable().optional(),
});
export type ProducerInput = z.infer<typeof ProducerInputSchema>;

export const ConsumerInputSchema = z.strictObject({
  service: name,
  event: name,
  channel: name.nullable().optional(),
  consumerGroup: text(200).nullable().optional(),
  retryPolicy: z
    .strictObject({
      maxAttempts: z.number().int().min(1).max(100),
      backoffMs: z.number().int().min(0).max(3_600_000),
      multiplier: z.number().min(1).max(10),
    })
    .nullable()
    .optional(),
  deadLetterChannel: name.nullable().optional(),
  idempotencyKey: pointer.nullable().optional(),
  fieldsRead: z.array(pointer).max(200).default([]),
  pinnedVersion: z.number().int().min(1).nullable().optional(),
  operationId: text(200).nullable().optional(),
});
export type ConsumerInput = z.infer<typeof ConsumerInputSchema>;

export const TokenCreateSchema = z.strictObject({
  name: text(120).trim().min(1).default('api token'),
  role: z.enum(ROLES),
});

export const CatalogQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  tag: z.string().trim().max(40).optional(),
  owner: z.string().trim().max(120).optional(),
  status: z.enum(LIFECYCLE_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type CatalogQuery = z.infer<typeof CatalogQuerySchema>;

export const MemberRoleSchema = z.strictObject({ role: z.enum(ROLES) });
export const InvitationCreateSchema = z.strictObject({ role: z.enum(ROLES), email: z.email().optional() });
