import { InvitationCreateSchema } from '@/lib/contracts/catalog-inputs';
import { actorFor, json, readBody, route } from '@/lib/server/http';
import { createInvitation } from '@/lib/server/members';

/** Owners invite by link: the response holds the link's secret, once. */
export const POST = route<{ workspace: string }>(async (ctx, { workspace }) => {
  const actor = await actorFor(ctx, workspace);
  return json(await createInvitation(ctx.db, actor, await readBody(ctx.request, InvitationCreateSchema)), 201);
});
