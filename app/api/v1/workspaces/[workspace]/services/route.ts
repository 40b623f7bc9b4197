import { CatalogQuerySchema, ServiceInputSchema } from '@/lib/contracts/catalog-inputs';
import { createService, listServices } from '@/lib/server/catalog/services';
import { actorFor, json, parseWith, readBody, route, searchParams } from '@/lib/server/http';

export const GET = route<{ workspace: string }>(async (ctx, { workspace }) => {
  const actor = await actorFor(ctx, workspace);
  return json(await listServices(ctx.db, actor, parseWith(CatalogQuerySchema, searchParams(ctx.request))));
});

export const POST = route<{ workspace: string }>(async (ctx, { workspace }) => {
  const actor = await actorFor(ctx, workspace);
  return json(await createService(ctx.db, actor, await readBody(ctx.request, ServiceInputSchema)), 201);
});
