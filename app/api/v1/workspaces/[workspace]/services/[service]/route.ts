import { ServiceUpdateSchema } from '@/lib/contracts/catalog-inputs';
import { getServiceDetail } from '@/lib/server/catalog/service-detail';
import { deleteService, updateService } from '@/lib/server/catalog/services';
import { actorFor, json, noContent, readBody, route } from '@/lib/server/http';

type P = { workspace: string; service: string };

export const GET = route<P>(async (ctx, p) => json(await getServiceDetail(ctx.db, await actorFor(ctx, p.workspace), p.service)));

export const PATCH = route<P>(async (ctx, p) => {
  const actor = await actorFor(ctx, p.workspace);
  return json(await updateService(ctx.db, actor, p.service, await readBody(ctx.request, ServiceUpdateSchema)));
});

export const DELETE = route<P>(async (ctx, p) => {
  await deleteService(ctx.db, await actorFor(ctx, p.workspace), p.service);
  return noContent();
});
