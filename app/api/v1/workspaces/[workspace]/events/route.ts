import { CatalogQuerySchema, EventInputSchema } from '@/lib/contracts/catalog-inputs';
import { createEvent, listEvents } from '@/lib/server/catalog/events';
import { actorFor, json, parseWith, readBody, route, searchParams } from '@/lib/server/http';

export const GET = route<{ workspace: string }>(async (ctx, { workspace }) => {
  const actor = await actorFor(ctx, workspace);
  return json(await listEvents(ctx.db, actor, parseWith(CatalogQuerySchema, searchParams(ctx.request))));
});

export const POST = route<{ workspace: string }>(async (ctx, { workspace }) => {
  const actor = await actorFor(ctx, workspace);
  return json(await createEvent(ctx.db, actor, await readBody(ctx.request, EventInputSchema)), 201);
});
