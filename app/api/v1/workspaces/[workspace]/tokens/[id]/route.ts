import { actorFor, noContent, route } from '@/lib/server/http';
import { revokeApiToken } from '@/lib/server/members';

/** Revokes a token: it stops working at once and stays listed as revoked. */
export const DELETE = route<{ workspace: string; id: string }>(async (ctx, p) => {
  await revokeApiToken(ctx.db, await actorFor(ctx, p.workspace), p.id);
  return noContent();
});
