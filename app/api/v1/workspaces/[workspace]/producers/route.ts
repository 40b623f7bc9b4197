import { ProducerInputSchema } from '@/lib/contracts/catalog-inputs';
import { addProducer, listProducers } from '@/lib/server/catalog/relations';
import { actorFor, json, readBody, route } from '@/lib/server/http';

export const GET = route<{ workspace: string }>(async (ctx, { workspace }) => json({ items: await listProducers(ctx.db, await actorFor(ctx, workspace)) }));

export const POST = route<{ workspace: string }>(async (ctx, { workspace }) => {
  const actor = await actorFor(ctx, workspace);
  return json(await addProducer(ctx.db, actor, await readBody(ctx.request, ProducerInputSchema)), 201);
});
