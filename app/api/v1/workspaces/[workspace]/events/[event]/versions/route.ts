import { VersionInputSchema } from '@/lib/contracts/catalog-inputs';
import { listVersions, proposeVersion, publishVersion } from '@/lib/server/catalog/versions';
import { actorFor, json, readBody, route } from '@/lib/server/http';

type P = { workspace: string; event: string };

export const GET = route<P>(async (ctx, p) => json({ items: await listVersions(ctx.db, await actorFor(ctx, p.workspace), p.event) }));

/** Publishes; with `?dryRun=true` returns the review publishing would act on, storing nothing. */
export const POST = route<P>(async (ctx, p) => {
  const actor = await actorFor(ctx, p.workspace);
  const input = await readBody(ctx.request, VersionInputSchema);
  if (new URL(ctx.request.url).searchParams.get('dryRun') === 'true') return json(await proposeVersion(ctx.db, actor, p.event, input));
  return json(await publishVersion(ctx.db, actor, p.event, input), 201);
});
