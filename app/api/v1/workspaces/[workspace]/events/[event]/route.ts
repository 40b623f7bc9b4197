import { EventUpdateSchema } from '@/lib/contracts/catalog-inputs';
import { deleteEvent, getEventDetail, updateEvent } from '@/lib/server/catalog/events';
import { actorFor, json, noContent, readBody, route } from '@/lib/server/http';

type P = { workspace: string; event: string };

export const GET = route<P>(async (ctx, p) => json(await getEventDetail(ctx.db, await actorFor(ctx, p.workspace), p.event)));

export const PATCH = route<P>(async (ctx, p) => {
  const actor = await actorFor(ctx, p.workspace);
  return json(await updateEvent(ctx.db, actor, p.event, await readBody(ctx.request, EventUpdateSchema)));
});

export const DELETE = route<P>(async (ctx, p) => {
  await deleteEvent(ctx.db, await actorFor(ctx, p.workspace), p.event);
  return noContent();
});
