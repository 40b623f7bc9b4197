import { actorFor, json, route } from '@/lib/server/http';
import { listMembers } from '@/lib/server/members';

export const GET = route<{ workspace: string }>(async (ctx, { workspace }) => json({ items: await listMembers(ctx.db, await actorFor(ctx, workspace)) }));
