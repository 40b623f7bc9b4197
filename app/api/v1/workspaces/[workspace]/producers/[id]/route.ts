import { removeRelation } from '@/lib/server/catalog/relations';
import { actorFor, noContent, route } from '@/lib/server/http';

export const DELETE = route<{ workspace: string; id: string }>(async (ctx, p) => {
  await removeRelation(ctx.db, await actorFor(ctx, p.workspace), 'producer', p.id);
  return noContent();
});
