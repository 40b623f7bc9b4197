import type { Metadata } from 'next';
import { InvitationForm } from '@/components/admin/invitation-form';
import { MemberRow } from '@/components/admin/member-row';
import { TokenForm } from '@/components/admin/token-form';
import { TokenRow } from '@/components/admin/token-row';
import { formatTime } from '@/components/catalog/meta-list';
import { PageHeader } from '@/components/catalog/page-header';
import { SectionCard } from '@/components/catalog/section-card';
import { roleAllows } from '@/lib/domain/model';
import { listApiTokens } from '@/lib/server/api-tokens';
import { listMembers } from '@/lib/server/members';
import { pageActor } from '@/lib/server/page-context';
import { createInvitationAction, createTokenAction, revokeTokenAction, setRoleAction } from './actions';

export const metadata: Metadata = { title: 'Settings' };
export const dynamic = 'force-dynamic';

const th = 'py-2 pr-3 text-left text-xs font-medium uppercase tracking-wide text-slate-500';

/** Who is in the workspace and with what role, invitation links, and API tokens. Owners manage; others read. */
export default async function SettingsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const { db, actor } = await pageActor(slug);
  const isOwner = roleAllows(actor.role, 'owner');
  const [members, tokens] = await Promise.all([listMembers(db, actor), isOwner ? listApiTokens(db, actor) : null]);
  const owners = members.filter((m) => m.role === 'owner').length;

  return (
    <div className="space-y-6">
      <PageHeader title="Settings">
        <p className="text-slate-600">Members, invitations and API tokens of this workspace.</p>
      </PageHeader>

      {!isOwner && (
        <p role="note" className="rounded-lg border border-amber-200 bg-amber-50 px-5 py-4 text-sm text-amber-900">
          You have the <strong>{actor.role}</strong> role here. Only workspace owners can change roles, invite people or manage API tokens; ask an owner below.
        </p>
      )}

      <SectionCard title="Members" id="members" count={members.length}>
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className={th}>Member</th>
              <th scope="col" className={th}>{isOwner ? 'Role' : 'Role and since'}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) =>
              isOwner ? (
                <MemberRow
                  key={m.userId}
                  member={m}
                  isYou={m.userId === actor.userId}
                  isLastOwner={m.role === 'owner' && owners <= 1}
                  action={setRoleAction.bind(null, slug, m.userId)}
                />
              ) : (
                <tr key={m.userId} className="border-b border-slate-100 last:border-0" data-testid="member-row">
                  <td className="py-3 pr-4">
                    <span className="font-medium text-slate-900">{m.name}</span>
                    <span className="block text-slate-600">{m.email}</span>
                  </td>
                  <td className="py-3">
                    {m.role} <span className="text-xs text-slate-500">since {formatTime(m.since)}</span>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </SectionCard>

      {isOwner && tokens && (
        <>
          <SectionCard title="Invite by link" id="invite">
            <InvitationForm action={createInvitationAction.bind(null, slug)} />
          </SectionCard>

          <SectionCard title="API tokens" id="tokens" count={tokens.filter((t) => !t.revokedAt).length}>
            <div className="space-y-5">
              <p className="text-sm text-slate-600">Tokens let scripts and CI call the API with a fixed role. Each acts in this workspace only.</p>
              <TokenForm action={createTokenAction.bind(null, slug)} />
              {tokens.length > 0 && (
                <div className="overflow-x-auto">
                  <table className="w-full text-sm">
                    <thead>
                      <tr className="border-b border-slate-200">
                        <th scope="col" className={th}>Name</th>
                        <th scope="col" className={th}>Prefix</th>
                        <th scope="col" className={th}>Role</th>
                        <th scope="col" className={th}>Created</th>
                        <th scope="col" className={th}>Last used</th>
                        <th scope="col" className={`${th} text-right`}><span className="sr-only">Status</span></th>
                      </tr>
                    </thead>
                    <tbody>
                      {tokens.map((t) => (
                        <TokenRow key={t.id} token={t} action={revokeTokenAction.bind(null, slug, t.id)} />
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </div>
          </SectionCard>
        </>
      )}
    </div>
  );
}
