import { ConnectSchema, DisconnectSchema } from '@/lib/contracts/flow-inputs';
import { connect, disconnect } from '@/lib/server/flows/flow-edits';
import { actorFor, json, noContent, readBody, route } from '@/lib/server/http';

type P = { workspace: string; flow: string };

/** Drawing an edge records the catalog relation it means (422 with the reason when it means nothing). */
export const POST = route<P>(async (ctx, p) => json(await connect(ctx.db, await actorFor(ctx, p.workspace), await readBody(ctx.request, ConnectSchema)), 201));

export const DELETE = route<P>(async (ctx, p) => {
  await disconnect(ctx.db, await actorFor(ctx, p.workspace), await readBody(ctx.request, DisconnectSchema));
  return noContent();
});
