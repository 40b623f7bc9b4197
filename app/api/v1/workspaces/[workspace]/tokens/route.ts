import { TokenCreateSchema } from '@/lib/contracts/catalog-inputs';
import { createApiToken, listApiTokens } from '@/lib/server/api-tokens';
import { actorFor, json, readBody, route } from '@/lib/server/http';

export const GET = route<{ workspace: string }>(async (ctx, { workspace }) => json({ items: await listApiTokens(ctx.db, await actorFor(ctx, workspace)) }));

/** The secret is in this response only; it is stored hashed. */
export const POST = route<{ workspace: string }>(async (ctx, { workspace }) => {
  const actor = await actorFor(ctx, workspace);
  return json(await createApiToken(ctx.db, actor, await readBody(ctx.request, TokenCreateSchema)), 201);
});
