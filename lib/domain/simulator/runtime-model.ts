import type { PayloadValidator } from './contract-check';
import type { SimEnvelope } from './envelope';
import type { FieldPath } from './field-path';
import type { Fifo } from './fifo';
import { LatencyHistogram } from './latency-histogram';
import type { PayloadSource } from './payloads';
import type { SeededRandom } from './rng';
import type { LatencyDistribution, ReactionCondition, SimEventVersion } from './simulation-model';

/** Index-based runtime structures the engine's hot loop works on (compiled once per run). */

export interface RtChannel {
  name: string;
  partitions: number;
  published: number;
  deadLettered: number;
  /** Round-robin cursor for events without a partition key. */
  cursor: number;
}

export interface RtEventType {
  name: string;
  channel: number;
  keyPath: FieldPath | null;
  contentType: string;
  versions: SimEventVersion[];
  /** Version emitted when the emitter does not say. */
  defaultVersion: SimEventVersion;
  /** Fault indexes that may apply to this event type (usually none). */
  faults: number[];
  /** Envelopes emitted (duplicates and dead-letter copies are counted on channels only). */
  published: number;
}

export interface RtProducerEdge {
  service: string;
  event: number;
  version: SimEventVersion;
  /** `dataschema` of the envelopes this edge emits, built once. */
  schemaUri: string;
  /** Created on first emission. */
  payloads: PayloadSource | null;
  emitted: number;
}

export interface RtProducer {
  edge: number;
  perSecond: number;
  remaining: number;
  startMs: number;
  poisson: boolean;
  keyCardinality: number;
  /** First partition key seen; repeated keys are shifted copies of it. */
  keyTemplate: unknown;
  sent: number;
  rng: SeededRandom;
}

export interface RtSubscription {
  consumer: string;
  pattern: string;
  latency: LatencyDistribution;
  failureProbability: number;
  maxAttempts: number;
  backoffMs: number;
  multiplier: number;
  deadLetterChannel: number;
  idempotent: boolean;
  idempotencyPath: FieldPath | null;
  seen: Set<string>;
  pinnedVersion: number | null;
  deadLetterViolations: boolean;
  rng: SeededRandom;
}

export interface RtEmission {
  event: number;
  /** Producer edge (consumer service → emitted event) counting these emissions. */
  edge: number;
  targets: FieldPath[];
  sources: (FieldPath | null)[];
  constants: unknown[];
  delayMs: number;
}

export interface RtReaction {
  condition: ReactionCondition | null;
  conditionPath: FieldPath | null;
  main: RtEmission;
  otherwise: RtEmission | null;
}

/** Event type → subscription inside one consumer group, with its own counters. */
export interface RtRoute {
  event: number;
  subscription: number;
  group: number;
  validator: PayloadValidator | null;
  pinnedLabel: string | null;
  reactions: RtReaction[];
  delivered: number;
  processed: number;
  failures: number;
  retries: number;
  deadLettered: number;
  dropped: number;
  deduplicated: number;
  violations: number;
  pending: number;
  maxPending: number;
  latency: LatencyHistogram;
  firstViolation: string | null;
}

/** One consumer group on one channel: a queue and a worker per partition. */
export interface RtGroup {
  name: string;
  consumer: string;
  channel: number;
  concurrency: number;
  inFlight: number;
  queues: Fifo<SimEnvelope>[];
  busy: Uint8Array;
  /** 1 while the partition waits in `ready` for a worker slot. */
  queued: Uint8Array;
  attempt: Int32Array;
  ready: Fifo<number>;
  /** Route index per event type, -1 when the group does not handle it. */
  routeByEvent: Int32Array;
  /** Global partition index of partition 0 (COMPLETE/RETRY carry global indexes). */
  partitionBase: number;
  outages: Array<[number, number]>;
  resumeAt: number;
  depth: number;
  maxDepth: number;
}

export interface RtFault {
  kind: 'duplicate' | 'out-of-order' | 'malformed';
  fromMs: number;
  toMs: number;
  probability: number;
  maxDelayMs: number;
  applied: number;
}

/**
 * A route with zeroed counters.
 *
 * @example
 * const route = newRoute(eventIdx, subscriptionIdx, groupIdx);
 */
export function newRoute(event: number, subscription: number, group: number): RtRoute {
  return {
    event,
    subscription,
    group,
    validator: null,
    pinnedLabel: null,
    reactions: [],
    delivered: 0,
    processed: 0,
    failures: 0,
    retries: 0,
    deadLettered: 0,
    dropped: 0,
    deduplicated: 0,
    violations: 0,
    pending: 0,
    maxPending: 0,
    latency: new LatencyHistogram(),
    firstViolation: null,
  };
}
