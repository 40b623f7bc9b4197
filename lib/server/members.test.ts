import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshWorkspace, openTestDatabase } from '@/tests/databases';
import { actorAndWorkspaceIn, actorIn, workspaceOf } from './access';
import type { Principal } from './actor';
import { createApiToken } from './api-tokens';
import type { Database } from './db';
import { acceptInvitation, createInvitation, listMembers, revokeApiToken, setMemberRole } from './members';
import { resolvePrincipal } from './access';

describe('members, invitations and tokens', () => {
  let db: Database;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ db, cleanup } = await openTestDatabase('postgres')));
  afterAll(async () => cleanup?.());

  async function person(name: string): Promise<Principal & { kind: 'user' }> {
    const id = `${name}-${Date.now()}-${Math.random()}`;
    const user = await db.prisma.user.create({ data: { id, name, email: `${id}@example.test` } });
    return { kind: 'user', userId: user.id, name, email: user.email };
  }

  it('lets an invited person join once with the invited role', async () => {
    const local = await freshWorkspace(db);
    const owner = await person('Olga');
    await db.prisma.membership.create({ data: { workspaceId: local.workspaceId, userId: owner.userId, role: 'owner' } });
    const ownerActor = await actorIn(db, owner, local.slug);
    const invitation = await createInvitation(db, ownerActor, { role: 'editor' });
    expect(invitation.path).toBe(`/invite/${invitation.secret}`);

    const newcomer = await person('Nia');
    await expect(actorIn(db, newcomer, local.slug)).rejects.toMatchObject({ status: 404 });
    expect(await acceptInvitation(db, newcomer, invitation.secret)).toEqual({ slug: local.slug, role: 'editor' });
    expect((await actorIn(db, newcomer, local.slug)).role).toBe('editor');
    await expect(acceptInvitation(db, await person('Late'), invitation.secret)).rejects.toMatchObject({ status: 409 });
    await expect(acceptInvitation(db, newcomer, 'efi_unknown')).rejects.toMatchObject({ status: 404 });
    expect((await listMembers(db, ownerActor)).map((m) => m.role).sort()).toEqual(['editor', 'owner']);
  });

  it('keeps the last owner and lets owners change roles', async () => {
    const local = await freshWorkspace(db);
    const owner = await person('Ona');
    const other = await person('Per');
    await db.prisma.membership.createMany({ data: [{ workspaceId: local.workspaceId, userId: owner.userId, role: 'owner' }, { workspaceId: local.workspaceId, userId: other.userId, role: 'viewer' }] });
    const ownerActor = await actorIn(db, owner, local.slug);
    await expect(setMemberRole(db, ownerActor, owner.userId, 'editor')).rejects.toMatchObject({ status: 409 });
    await setMemberRole(db, ownerActor, other.userId, 'owner');
    await setMemberRole(db, ownerActor, owner.userId, 'viewer');
    expect((await actorIn(db, owner, local.slug)).role).toBe('viewer');
    await expect(setMemberRole(db, await actorIn(db, owner, local.slug), other.userId, null)).rejects.toMatchObject({ status: 403 });
  });

  it("reads a member's standing together with the workspace; others get 404", async () => {
    const local = await freshWorkspace(db);
    const member = await person('Wes');
    await db.prisma.membership.create({ data: { workspaceId: local.workspaceId, userId: member.userId, role: 'editor' } });
    const { actor, workspace } = await actorAndWorkspaceIn(db, member, local.slug);
    expect(actor).toEqual(await actorIn(db, member, local.slug));
    expect(workspace).toMatchObject({ id: local.workspaceId, slug: local.slug, name: local.slug });
    expect(workspace).toEqual(await workspaceOf(db, actor));
    await expect(actorAndWorkspaceIn(db, await person('Stranger'), local.slug)).rejects.toMatchObject({ status: 404 });
    await expect(actorAndWorkspaceIn(db, null, local.slug)).rejects.toMatchObject({ status: 401 });
  });

  it('resolves a token to its workspace and role, and records when it was last used', async () => {
    const local = await freshWorkspace(db);
    const created = await createApiToken(db, local, { name: 'reader', role: 'viewer' });
    const principal = await resolvePrincipal(db, new Headers({ authorization: `Bearer ${created.token}` }));
    expect(principal).toEqual({ kind: 'token', tokenId: created.id, workspaceId: local.workspaceId, workspaceSlug: local.slug, role: 'viewer', name: 'token reader' });
    expect((await db.prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt).toBeInstanceOf(Date);
    await expect(resolvePrincipal(db, new Headers({ authorization: `Bearer ${created.token}x` }))).rejects.toMatchObject({ status: 401 });
  });

  it('stops a revoked token at once', async () => {
    const local = await freshWorkspace(db);
    const created = await createApiToken(db, local, { name: 'ci', role: 'editor' });
    const headers = new Headers({ authorization: `Bearer ${created.token}` });
    expect((await resolvePrincipal(db, headers))?.kind).toBe('token');
    await revokeApiToken(db, local, created.id);
    await expect(resolvePrincipal(db, headers)).rejects.toMatchObject({ status: 401 });
  });
});
