/**
 * The simulator's input: plain data, referenced by names, JSON-serialisable so a
 * Web Worker can receive it. `buildSimulationModel` derives one from a catalog;
 * tests and the benchmark write one by hand.
 */
import type { SchemaFormat } from '../model';

export interface SimulationModel {
  /** Same seed, same run: every random draw comes from streams derived from it. */
  seed: number;
  channels: SimChannel[];
  events: SimEventType[];
  producers: SimProducer[];
  subscriptions: SimSubscription[];
  reactions: SimReaction[];
  faults: SimFault[];
  /** One-off emissions at fixed virtual times ("on demand"). */
  injections: SimInjection[];
  limits: SimLimits;
  /** Validate each delivered payload against the consumer's pinned version (default true). */
  validate?: boolean;
  /**
   * Rewrite id-like top-level fields (`id`, `*Id`, `*_id`) of every sourced payload so each
   * emission is a new entity; without it, examples repeat ids and idempotent consumers dedupe them.
   */
  freshIds?: boolean;
}

export interface SimLimits {
  /** Stop emitting once this many envelopes exist (roots + reactions); guards reaction loops. */
  maxEvents?: number;
  /** Stop the clock at this virtual time (ms). */
  untilMs?: number;
}

export interface SimChannel {
  name: string;
  partitions: number;
}

export interface SimEventVersion {
  number: number;
  label: string;
  format: SchemaFormat;
  /** JSON Schema or Avro schema as text. */
  schema: string;
  examples: unknown[];
}

export interface SimEventType {
  name: string;
  /** Channel the event is published on. */
  channel: string;
  /** Payload field (`orderId`, `customer.id` or `/orderId`) whose value picks the partition. */
  partitionKey: string | null;
  /** Oldest first. */
  versions: SimEventVersion[];
  /** The version producers emit when they do not say (default: the latest). */
  producedVersion?: number;
  contentType?: string;
}

export type EmitSchedule =
  | {
      kind: 'rate';
      perSecond: number;
      count: number;
      startMs?: number;
      /** 'fixed' spaces emissions evenly; 'poisson' draws exponential gaps. */
      arrival?: 'fixed' | 'poisson';
    }
  | { kind: 'on-demand' };

export interface SimProducer {
  service: string;
  event: string;
  schedule: EmitSchedule;
  /** Version number the producer emits (default: the event's produced version). */
  version?: number;
  /** Rewrite the partition key field to one of N values so keys repeat (ordering per key). */
  keyCardinality?: number;
}

export type LatencyDistribution =
  | { kind: 'constant'; ms: number }
  | { kind: 'uniform'; minMs: number; maxMs: number }
  | { kind: 'exponential'; meanMs: number }
  | { kind: 'lognormal'; medianMs: number; sigma: number };

export interface SimRetry {
  /** Total attempts including the first one. */
  maxAttempts: number;
  backoffMs: number;
  multiplier: number;
}

export interface SimSubscription {
  /** Consumer service name. */
  consumer: string;
  /** Exact event name, or a wildcard such as `user.*` / `*`. */
  pattern: string;
  /** Only events on this channel (default: each matched event's own channel). */
  channel?: string;
  /** Default: the consumer's name. One worker per partition per group keeps per-key order. */
  consumerGroup?: string;
  /** Partitions processed at once by the group (default: all of them). */
  concurrency?: number;
  latency: LatencyDistribution;
  failureProbability: number;
  retry: SimRetry | null;
  deadLetterChannel: string | null;
  idempotency: { enabled: boolean; key: string | null };
  /** Version the consumer validates against; null means the latest. */
  pinnedVersion: number | null;
  /** What a contract violation does: only flag it (default) or dead-letter the message. */
  onViolation?: 'flag' | 'dead-letter';
}

/** Field mapping value: a source pointer/field path, or a constant. */
export type MappingSource = string | { const: unknown };

export interface SimEmission {
  emit: string;
  /** targetField (name or pointer) ← source pointer or constant; unmapped fields come from the payload source. */
  mapping?: Record<string, MappingSource>;
  delayMs?: number;
}

export type ReactionCondition =
  | { kind: 'probability'; p: number }
  | { kind: 'field'; path: string; equals?: unknown; notEquals?: unknown; exists?: boolean };

/** "When `consumer` has processed `on`, emit `emit`": how a flow continues and a saga compensates. */
export interface SimReaction extends SimEmission {
  on: string;
  consumer: string;
  when?: ReactionCondition;
  /** Emitted instead when `when` does not hold (e.g. ReserveFailed instead of InventoryReserved). */
  otherwise?: SimEmission;
}

export type SimFault =
  | { kind: 'duplicate'; event: string; fromMs?: number; toMs?: number; probability?: number }
  | {
      kind: 'out-of-order';
      event: string;
      fromMs?: number;
      toMs?: number;
      probability?: number;
      /** Held-back messages are delayed by uniform(0, maxDelayMs) so later ones overtake. */
      maxDelayMs?: number;
    }
  | { kind: 'malformed'; event: string; fromMs?: number; toMs?: number; probability?: number }
  | { kind: 'outage'; consumer: string; fromMs: number; toMs: number };

export interface SimInjection {
  atMs: number;
  event: string;
  /** Service named as the envelope source (default: the event's first producer, else `simulator`). */
  source?: string;
  payload?: unknown;
  count?: number;
  intervalMs?: number;
}
