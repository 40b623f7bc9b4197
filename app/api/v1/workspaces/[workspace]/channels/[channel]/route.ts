import { ChannelUpdateSchema } from '@/lib/contracts/catalog-inputs';
import { deleteChannel, getChannel, updateChannel } from '@/lib/server/catalog/channels';
import { actorFor, json, noContent, readBody, route } from '@/lib/server/http';

type P = { workspace: string; channel: string };

export const GET = route<P>(async (ctx, p) => json(await getChannel(ctx.db, await actorFor(ctx, p.workspace), p.channel)));

export const PATCH = route<P>(async (ctx, p) => {
  const actor = await actorFor(ctx, p.workspace);
  return json(await updateChannel(ctx.db, actor, p.channel, await readBody(ctx.request, ChannelUpdateSchema)));
});

export const DELETE = route<P>(async (ctx, p) => {
  await deleteChannel(ctx.db, await actorFor(ctx, p.workspace), p.channel);
  return noContent();
});
