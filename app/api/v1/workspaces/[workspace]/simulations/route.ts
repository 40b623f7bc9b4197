import { SimulationRequestSchema } from '@/lib/contracts/simulation-inputs';
import { actorFor, json, readBody, route } from '@/lib/server/http';
import { simulateFlow } from '@/lib/server/simulation/run-simulation';

/** Runs a simulation of a flow and returns its metrics (per node and edge), totals and violations. */
export const POST = route<{ workspace: string }>(async (ctx, { workspace }) => {
  const actor = await actorFor(ctx, workspace);
  return json(await simulateFlow(ctx.db, actor, await readBody(ctx.request, SimulationRequestSchema)));
});
