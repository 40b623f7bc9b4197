import { HistoryQuerySchema, listHistory } from '@/lib/server/history';
import { actorFor, json, parseWith, route, searchParams } from '@/lib/server/http';

export const GET = route<{ workspace: string }>(async (ctx, { workspace }) => {
  const actor = await actorFor(ctx, workspace);
  return json({ items: await listHistory(ctx.db, actor, parseWith(HistoryQuerySchema, searchParams(ctx.request))) });
});
