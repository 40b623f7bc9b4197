import { MemberRoleSchema } from '@/lib/contracts/catalog-inputs';
import { actorFor, json, noContent, readBody, route } from '@/lib/server/http';
import { setMemberRole } from '@/lib/server/members';

type P = { workspace: string; user: string };

/** Owners change a member's role (the last owner stays owner). */
export const PATCH = route<P>(async (ctx, p) => {
  const actor = await actorFor(ctx, p.workspace);
  const { role } = await readBody(ctx.request, MemberRoleSchema);
  await setMemberRole(ctx.db, actor, p.user, role);
  return json({ userId: p.user, role });
});

export const DELETE = route<P>(async (ctx, p) => {
  await setMemberRole(ctx.db, await actorFor(ctx, p.workspace), p.user, null);
  return noContent();
});
