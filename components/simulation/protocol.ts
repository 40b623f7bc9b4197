/**
 * The messages between the simulation page and its Web Worker, in one place so
 * both sides agree. Everything here is structured-clone friendly plain data.
 */
import type { Catalog } from '@/lib/domain/model';
import type {
  SimFault,
  SimInjection,
  SimulationResult,
  SimulationSnapshot,
  TraceNode,
  TraceRecord,
} from '@/lib/domain/simulator';

/** Virtual ms per real ms; `max` runs as fast as the worker can. */
export type SimSpeed = 0.5 | 1 | 5 | 20 | 'max';
export const SIM_SPEEDS: readonly SimSpeed[] = [0.5, 1, 5, 20, 'max'];

/** What to simulate: the flow of the catalog, the ready scenario or a plain one, and overrides. */
export interface SimSetup {
  catalog: Catalog;
  flowSlug: string;
  scenario: 'ready' | 'plain';
  seed: number;
  /** Root emissions per starting producer; null keeps the scenario's. */
  eventsPerProducer: number | null;
}

/** A fault as the user asks for it; the worker anchors it at the current virtual time. */
export type FaultRequest =
  | { kind: 'duplicate' | 'out-of-order' | 'malformed'; event: string; probability: number }
  | { kind: 'outage'; consumer: string; durationMs: number };

export type ToWorker =
  | { type: 'init'; setup: SimSetup }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step'; items: number }
  | { type: 'speed'; speed: SimSpeed }
  | { type: 'reset'; seed: number; scenario: 'ready' | 'plain'; eventsPerProducer: number | null; keepFaults: boolean }
  | { type: 'fault'; fault: FaultRequest }
  | { type: 'inject'; event: string; count: number }
  | { type: 'trace'; correlationId: string };

/** One point of the run's timeline: cumulative counters at a virtual time. */
export interface TimelinePoint {
  timeMs: number;
  events: number;
  processed: number;
  deadLettered: number;
  violations: number;
}

export interface RecentCorrelation {
  correlationId: string;
  /** The root event's type. */
  type: string;
  timeMs: number;
  /** Anything went wrong along the way (retry, DLQ, violation, drop, fault). */
  troubled: boolean;
}

export interface SimFrame {
  snapshot: SimulationSnapshot;
  result: SimulationResult;
  /** Latest trace records since the previous frame (capped), for animation. */
  records: TraceRecord[];
  /** How many records the frame would have carried without the cap. */
  recordsDropped: number;
  timeline: TimelinePoint[];
  recent: RecentCorrelation[];
  playing: boolean;
  done: boolean;
  speed: SimSpeed;
  seed: number;
  scenarioName: string | null;
  faults: SimFault[];
  injections: SimInjection[];
  /** Agenda items processed per real second over the last frame interval. */
  stepsPerSecond: number;
}

export type FromWorker =
  | { type: 'frame'; frame: SimFrame }
  | { type: 'trace'; correlationId: string; roots: TraceNode[] }
  | { type: 'error'; message: string };
