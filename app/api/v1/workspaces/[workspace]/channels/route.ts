import { ChannelInputSchema } from '@/lib/contracts/catalog-inputs';
import { createChannel, listChannels } from '@/lib/server/catalog/channels';
import { actorFor, json, readBody, route } from '@/lib/server/http';

export const GET = route<{ workspace: string }>(async (ctx, { workspace }) => json({ items: await listChannels(ctx.db, await actorFor(ctx, workspace)) }));

export const POST = route<{ workspace: string }>(async (ctx, { workspace }) => {
  const actor = await actorFor(ctx, workspace);
  return json(await createChannel(ctx.db, actor, await readBody(ctx.request, ChannelInputSchema)), 201);
});
