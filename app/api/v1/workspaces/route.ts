import { WorkspaceCreateSchema } from '@/lib/contracts/catalog-inputs';
import { json, readBody, requirePrincipal, route } from '@/lib/server/http';
import { createWorkspace, listWorkspaces } from '@/lib/server/workspaces';

export const GET = route(async (ctx) => json({ items: await listWorkspaces(ctx.db, requirePrincipal(ctx)) }));

export const POST = route(async (ctx) => {
  const principal = requirePrincipal(ctx);
  const input = await readBody(ctx.request, WorkspaceCreateSchema);
  return json(await createWorkspace(ctx.db, principal, input), 201);
});
