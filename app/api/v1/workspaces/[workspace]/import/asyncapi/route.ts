import { ImportBodySchema } from '@/lib/contracts/asyncapi-inputs';
import { importWorkspaceAsyncApi } from '@/lib/server/asyncapi/import-workspace';
import { actorFor, json, readBody, route } from '@/lib/server/http';

/** Large specs are welcome here (a 1,000-message document is a few MB). */
const IMPORT_BODY_LIMIT = 25 * 1024 * 1024;

/** `POST {files:[{path, text}]}`; `?dryRun=true` returns the preview and writes nothing. */
export const POST = route<{ workspace: string }>(async (ctx, { workspace }) => {
  const actor = await actorFor(ctx, workspace);
  const body = await readBody(ctx.request, ImportBodySchema, IMPORT_BODY_LIMIT);
  const dryRun = new URL(ctx.request.url).searchParams.get('dryRun') === 'true';
  return json(await importWorkspaceAsyncApi(ctx.db, actor, body, { dryRun }), dryRun ? 200 : 201);
});
