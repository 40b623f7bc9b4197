import { CompareQuerySchema } from '@/lib/contracts/compat-inputs';
import { compareVersions } from '@/lib/server/catalog/compare-versions';
import { actorFor, json, parseWith, route, searchParams } from '@/lib/server/http';

/** Two stored versions side by side: changes, the seven-mode matrix, counterexamples, consumer impact. */
export const GET = route<{ workspace: string; event: string }>(async (ctx, p) => {
  const actor = await actorFor(ctx, p.workspace);
  return json(await compareVersions(ctx.db, actor, p.event, parseWith(CompareQuerySchema, searchParams(ctx.request))));
});
