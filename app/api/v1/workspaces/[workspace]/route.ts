import { workspaceOf } from '@/lib/server/access';
import { actorFor, json, route } from '@/lib/server/http';

export const GET = route<{ workspace: string }>(async (ctx, { workspace }) => {
  const actor = await actorFor(ctx, workspace);
  return json({ ...(await workspaceOf(ctx.db, actor)), role: actor.role });
});
