/**
 * The `x-eventflow-*` specification extensions our exports carry so a re-import
 * restores what AsyncAPI has no field for (owners, lifecycle, consumer details...).
 */
import type { CompatibilityMode, EventKind, LifecycleStatus, RetryPolicy } from '../model';

export const X_SERVICES = 'x-eventflow-services';
export const X_DOMAINS = 'x-eventflow-domains';
export const X_EVENT = 'x-eventflow-event';
export const X_SERVICE = 'x-eventflow-service';
export const X_EDGES = 'x-eventflow-edges';
export const X_OPERATIONS = 'x-eventflow-operations';
export const X_REPLY = 'x-eventflow-reply';
export const X_NAME = 'x-eventflow-name';
/** On a 2.x channel whose key is not its address (empty or shared addresses). */
export const X_ADDRESS = 'x-eventflow-address';
export const X_RETENTION_HOURS = 'x-eventflow-retention-hours';
export const X_PARTITIONS = 'x-eventflow-partitions';
export const X_SYNTHETIC = 'x-eventflow-synthetic';
export const X_PLACEHOLDER = 'x-eventflow-placeholder';
/** Kept in channel extras: the servers a channel is served by, keyed by server name (AsyncAPI 3 shape). */
export const X_SERVERS = 'x-eventflow-servers';
/** Kept in channel extras: events listed in the channel that no relation or primary channel explains. */
export const X_MESSAGES = 'x-eventflow-messages';
/** On a 2.x channel: refs to messages no operation carries (2.x channels cannot list messages). */
export const X_CHANNEL_MESSAGES = 'x-eventflow-channel-messages';
/** Kept in event extras: example names, summaries and headers (payloads live on the version). */
export const X_EXAMPLE_DETAILS = 'x-eventflow-example-details';

/** Lifecycle details of an event, on the message as `x-eventflow-event`. */
export interface EventExtension {
  kind?: EventKind;
  status?: LifecycleStatus;
  owner?: string;
  compatibility?: CompatibilityMode | null;
  partitionKey?: string | null;
  domain?: string | null;
  channel?: string | null;
  versionLabel?: string;
}

/** A service of a multi-service export, at the root as `x-eventflow-services`. */
export interface ServiceExtension {
  name: string;
  description?: string;
  owner?: string;
  repositoryUrl?: string | null;
  tags?: string[];
  domain?: string | null;
  extras?: Record<string, unknown>;
}

/** Consumer details of one relation, on a receive operation under `x-eventflow-edges[eventName]`. */
export interface EdgeExtension {
  consumerGroup?: string | null;
  retryPolicy?: RetryPolicy | null;
  deadLetterChannel?: string | null;
  idempotencyKey?: string | null;
  fieldsRead?: string[];
  pinnedVersion?: number | null;
}

/** One operation folded into a 2.x channel operation, as `x-eventflow-operations`. */
export interface FoldedOperation {
  operationId: string;
  service: string;
  messages: string[];
  edges?: Record<string, EdgeExtension>;
}

/** Whether a key is one of our own extensions (never copied into extras on import). */
export function isEventflowExtension(key: string): boolean {
  return key.startsWith('x-eventflow-');
}
