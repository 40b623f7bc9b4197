import { FlowCreateSchema } from '@/lib/contracts/flow-inputs';
import { createFlow } from '@/lib/server/flows/flow-edits';
import { listFlows } from '@/lib/server/flows/flow-graph';
import { actorFor, json, readBody, route } from '@/lib/server/http';

export const GET = route<{ workspace: string }>(async (ctx, { workspace }) => json({ items: await listFlows(ctx.db, await actorFor(ctx, workspace)) }));

export const POST = route<{ workspace: string }>(async (ctx, { workspace }) => {
  const actor = await actorFor(ctx, workspace);
  return json(await createFlow(ctx.db, actor, await readBody(ctx.request, FlowCreateSchema)), 201);
});
