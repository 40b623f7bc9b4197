import type {
  LatencyDistribution,
  SimFault,
  SimInjection,
  SimLimits,
  SimReaction,
  SimRetry,
  SimSubscription,
} from './simulation-model';

/**
 * What to simulate on top of a catalog, by names: rates, latencies, failure
 * probabilities, reactions (how the flow continues), faults and limits.
 * Everything is optional; the catalog supplies channels, partitions, versions,
 * retry policies, dead-letter channels, idempotency keys and pinned versions.
 */
export interface ScenarioSpec {
  name?: string;
  description?: string;
  seed?: number;
  limits?: SimLimits;
  validate?: boolean;
  /** Default true: each sourced payload gets fresh ids so examples stand for distinct entities. */
  freshIds?: boolean;
  /** Partitions of the implicit channel of an event that has none (default 1). */
  defaultPartitions?: number;
  /** Schedule of producers that start the flow, i.e. whose event no reaction emits (default 10/s × 20). */
  defaultRate?: { perSecond: number; count: number };
  /** Latency of consumers the scenario does not describe (default lognormal, median 5 ms). */
  defaultLatency?: LatencyDistribution;
  producers?: ProducerOverride[];
  consumers?: ConsumerOverride[];
  /** Extra subscriptions not in the catalog (e.g. a wildcard analytics consumer). */
  subscriptions?: Array<Partial<SimSubscription> & { consumer: string; pattern: string }>;
  reactions?: SimReaction[];
  faults?: SimFault[];
  injections?: SimInjection[];
}

/** Matched by service and event name; unset fields keep the derived value. */
export interface ProducerOverride {
  service: string;
  event: string;
  perSecond?: number;
  count?: number;
  startMs?: number;
  arrival?: 'fixed' | 'poisson';
  /** Emit only through injections and reactions. */
  onDemand?: boolean;
  version?: number;
  keyCardinality?: number;
}

/** Matched by consumer service and, when given, event name or wildcard pattern. */
export interface ConsumerOverride {
  service: string;
  event?: string;
  latency?: LatencyDistribution;
  failureProbability?: number;
  concurrency?: number;
  retry?: SimRetry | null;
  deadLetterChannel?: string | null;
  idempotency?: boolean;
  idempotencyKey?: string | null;
  pinnedVersion?: number | null;
  onViolation?: 'flag' | 'dead-letter';
}
