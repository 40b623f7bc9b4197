import { ExportQuerySchema } from '@/lib/contracts/asyncapi-inputs';
import { exportWorkspaceAsyncApi } from '@/lib/server/asyncapi/export-workspace';
import { actorFor, parseWith, route, searchParams } from '@/lib/server/http';

/** `?version=3.0.0|2.6.0&format=yaml|json[&service=…|&flow=…]`; `&download=1` asks the browser to save it. */
export const GET = route<{ workspace: string }>(async (ctx, { workspace }) => {
  const actor = await actorFor(ctx, workspace);
  const params = searchParams(ctx.request);
  const { download, ...query } = params;
  const result = await exportWorkspaceAsyncApi(ctx.db, actor, parseWith(ExportQuerySchema, query));
  return new Response(result.text, {
    headers: {
      'content-type': `${result.contentType}; charset=utf-8`,
      ...(download ? { 'content-disposition': `attachment; filename="${result.fileName}"` } : {}),
    },
  });
});
