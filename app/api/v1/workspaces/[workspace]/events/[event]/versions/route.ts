import { VersionInputSchema } from '@/lib/contracts/catalog-inputs';
import { listVersions, publishVersion } from '@/lib/server/catalog/versions';
import { actorFor, json, readBody, route } from '@/lib/server/http';

type P = { workspace: string; event: string };

export const GET = route<P>(async (ctx, p) => json({ items: await listVersions(ctx.db, await actorFor(ctx, p.workspace), p.event) }));

export const POST = route<P>(async (ctx, p) => {
  const actor = await actorFor(ctx, p.workspace);
  return json(await publishVersion(ctx.db, actor, p.event, await readBody(ctx.request, VersionInputSchema)), 201);
});
