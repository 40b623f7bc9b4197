/** The simulator's public surface, for the UI's Web Worker, the API and the CLI. */
export { buildSimulationModel } from './build-simulation-model';
export { catalogFromDocument } from './catalog-from-document';
export { createSimulation, runSimulation, Simulation, type SimulationOptions } from './engine';
export { SIM_EPOCH_MS, type CloudEventEnvelope } from './envelope';
export type {
  ConsumeEdgeMetrics,
  LatencyStats,
  NodeMetrics,
  ProduceEdgeMetrics,
  SimulationResult,
  SimulationSnapshot,
  SimulationTotals,
  ViolationSample,
} from './metrics';
export type { ConsumerOverride, ProducerOverride, ScenarioSpec } from './scenario-spec';
export { seedScenarios } from './scenarios';
export type * from './simulation-model';
export type { TraceKind, TraceNode, TraceRecord } from './trace-log';
