import { getVersion } from '@/lib/server/catalog/versions';
import { actorFor, json, route } from '@/lib/server/http';

type P = { workspace: string; event: string; version: string };

export const GET = route<P>(async (ctx, p) => json(await getVersion(ctx.db, await actorFor(ctx, p.workspace), p.event, p.version)));
