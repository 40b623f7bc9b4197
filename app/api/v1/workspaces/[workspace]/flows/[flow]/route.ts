import { getFlowGraph } from '@/lib/server/flows/flow-graph';
import { actorFor, json, route } from '@/lib/server/http';

/** The flow as the canvas draws it: nodes with their catalog items, and the relations between them. */
export const GET = route<{ workspace: string; flow: string }>(async (ctx, p) => json(await getFlowGraph(ctx.db, await actorFor(ctx, p.workspace), p.flow)));
