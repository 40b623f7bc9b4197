import { buildSimulationModel, seedScenarios, type ScenarioSpec, type SimFault, type SimInjection, type SimulationModel } from '@/lib/domain/simulator';
import type { FaultRequest, SimSetup } from './protocol';

/** Faults start at the next whole virtual millisecond, so the run up to now replays unchanged. */
export function anchorFault(request: FaultRequest, nowMs: number): SimFault {
  const fromMs = Math.floor(nowMs) + 1;
  if (request.kind === 'outage') return { kind: 'outage', consumer: request.consumer, fromMs, toMs: fromMs + Math.max(1, request.durationMs) };
  if (request.kind === 'out-of-order') return { kind: 'out-of-order', event: request.event, fromMs, probability: request.probability, maxDelayMs: 250 };
  return { kind: request.kind, event: request.event, fromMs, probability: request.probability };
}

/**
 * The model a page run simulates: the flow's ready scenario (or a plain one),
 * the chosen seed and volume, plus the faults and injections added while it ran.
 * Same inputs, same model, hence the same run.
 *
 * @example
 * const { model } = modelFor(setup, [anchorFault({ kind: 'malformed', event: 'OrderCreated', probability: 1 }, 0)], []);
 */
export function modelFor(setup: SimSetup, faults: readonly SimFault[], injections: readonly SimInjection[]): { model: SimulationModel; scenarioName: string | null } {
  const ready = setup.scenario === 'ready' ? seedScenarios[setup.flowSlug] : undefined;
  const spec: ScenarioSpec = {
    ...(ready ?? {}),
    seed: setup.seed,
    faults: [...(ready?.faults ?? []), ...faults],
    injections: [...(ready?.injections ?? []), ...injections],
  };
  const model = buildSimulationModel(setup.catalog, setup.flowSlug, spec);
  if (setup.eventsPerProducer !== null) {
    const count = Math.max(0, Math.floor(setup.eventsPerProducer));
    for (const p of model.producers) if (p.schedule.kind === 'rate') p.schedule = { ...p.schedule, count };
  }
  return { model, scenarioName: ready?.name ?? null };
}
