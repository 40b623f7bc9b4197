import { json, requirePrincipal, route } from '@/lib/server/http';
import { acceptInvitation } from '@/lib/server/members';

export const POST = route<{ secret: string }>(async (ctx, { secret }) => json(await acceptInvitation(ctx.db, requirePrincipal(ctx), secret)));
