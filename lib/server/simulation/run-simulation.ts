import type { SimulationRequest } from '@/lib/contracts/simulation-inputs';
import { buildSimulationModel, runSimulation, seedScenarios, type ScenarioSpec, type SimulationResult } from '@/lib/domain/simulator';
import type { Actor } from '../actor';
import { loadCatalog } from '../catalog/load-catalog';
import type { Database } from '../db';
import { unprocessable } from '../errors';
import { findFlow } from '../flows/flow-graph';

export interface SimulationRun {
  flow: { slug: string; name: string };
  scenario: string | null;
  result: SimulationResult;
}

/** Builds the scenario a request asks for: the flow's ready scenario (if any), then the request's overrides. */
export function scenarioFor(slug: string, request: SimulationRequest): { name: string | null; spec: ScenarioSpec } {
  const ready = request.scenario === 'ready' ? seedScenarios[slug] : undefined;
  const spec: ScenarioSpec = {
    ...(ready ?? {}),
    ...(request.seed !== undefined ? { seed: request.seed } : {}),
    validate: request.validate,
    faults: [...(ready?.faults ?? []), ...request.faults],
    ...(request.events !== undefined ? { limits: { ...(ready?.limits ?? {}), maxEvents: request.events } } : {}),
  };
  return { name: ready?.name ?? null, spec };
}

/** Runs a deterministic simulation of one flow of the workspace's catalog. */
export async function simulateFlow(db: Database, actor: Actor, request: SimulationRequest): Promise<SimulationRun> {
  const [catalog, flow] = await Promise.all([loadCatalog(db, actor), findFlow(db.prisma, actor.workspaceId, request.flow)]);
  const { name, spec } = scenarioFor(flow.slug, request);
  assertFaultTargets(catalog, flow.nodes, request.faults);
  let model;
  try {
    model = buildSimulationModel(catalog, flow.id, spec);
  } catch (error) {
    // Overrides naming nothing in the flow are the caller's mistake.
    throw unprocessable((error as Error).message);
  }
  return { flow: { slug: flow.slug, name: flow.name }, scenario: name, result: runSimulation(model) };
}

/** A fault naming an event or service the flow does not show would silently do nothing: refuse it. */
function assertFaultTargets(
  catalog: Awaited<ReturnType<typeof loadCatalog>>,
  nodes: Array<{ kind: string; refId: string }>,
  faults: SimulationRequest['faults'],
) {
  const shown = (kind: 'event' | 'service', name: string) => {
    const items = kind === 'event' ? catalog.events : catalog.services;
    const item = items.find((i) => i.name === name);
    return item !== undefined && nodes.some((n) => n.kind === kind && n.refId === item.id);
  };
  for (const fault of faults) {
    if (fault.kind === 'outage' ? !shown('service', fault.consumer) : !shown('event', fault.event)) {
      const target = fault.kind === 'outage' ? `service "${fault.consumer}"` : `event "${fault.event}"`;
      throw unprocessable(`The ${fault.kind} fault names ${target}, which this flow does not show.`, { field: 'faults' });
    }
  }
}
