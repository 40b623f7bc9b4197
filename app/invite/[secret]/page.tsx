import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { signOut } from '@/app/sign-in/actions';
import { formatTime } from '@/components/catalog/meta-list';
import { primaryButton, secondaryButton } from '@/components/catalog/page-header';
import { resolvePrincipal } from '@/lib/server/access';
import { db } from '@/lib/server/runtime';
import { AcceptForm } from './accept-form';
import { acceptInvitationAction } from './actions';
import { previewInvitation } from './invitation-preview';

export const metadata: Metadata = { title: 'Invitation' };
export const dynamic = 'force-dynamic';

const WHY_NOT: Record<'unknown' | 'expired' | 'used' | 'revoked', string> = {
  unknown: 'This invitation link is not valid. Check that you copied all of it, or ask the workspace owner for a new one.',
  expired: 'This invitation link has expired. Ask the workspace owner for a new one.',
  used: 'This invitation link was already used. Each link works once; ask the workspace owner for a new one.',
  revoked: 'This invitation link was withdrawn. Ask the workspace owner for a new one.',
};

/** Where an invitation link leads: sign in (or sign up) first, then join the workspace with one click. */
export default async function InvitationPage({ params }: { params: Promise<{ secret: string }> }) {
  const { secret } = await params;
  const database = await db();
  const principal = await resolvePrincipal(database, await headers()).catch(() => null);
  const user = principal?.kind === 'user' ? principal : null;
  const invitation = await previewInvitation(database, secret, user?.userId ?? null);
  const here = `/invite/${encodeURIComponent(secret)}`;

  if (invitation.state === 'unknown') return <Card title="Invitation not found"><Problem text={WHY_NOT.unknown} /></Card>;

  const { workspaceName, workspaceSlug, role } = invitation;
  if (invitation.memberRole) {
    return (
      <Card title={`You’re already in ${workspaceName}`}>
        <p className="text-slate-700">You are a member of this workspace as <strong>{invitation.memberRole}</strong>; there is nothing to accept.</p>
        <Link href={`/w/${workspaceSlug}`} className={`${primaryButton} mt-4 w-full justify-center`}>Open {workspaceName}</Link>
      </Card>
    );
  }
  if (invitation.state !== 'open') {
    return (
      <Card title={`Invitation to ${workspaceName}`}>
        <Problem text={invitation.state === 'expired' ? `${WHY_NOT.expired} (It expired ${formatTime(invitation.expiresAt)}.)` : WHY_NOT[invitation.state]} />
      </Card>
    );
  }
  if (!user) {
    const signIn = `/sign-in?next=${encodeURIComponent(here)}`;
    return (
      <Card title={`Join ${workspaceName} as ${role}`}>
        <p className="text-slate-700">You’ve been invited to the <strong>{workspaceName}</strong> workspace on Eventflow. Sign in to accept.</p>
        <Link href={signIn} className={`${primaryButton} mt-4 w-full justify-center`}>Sign in to accept</Link>
        <p className="mt-3 text-sm text-slate-600">
          New to Eventflow? Choose “Create one” on the sign-in page, then open this invitation link again.
        </p>
      </Card>
    );
  }
  return (
    <Card title={`Join ${workspaceName} as ${role}`}>
      <p className="text-slate-700">
        You’ll be able to {role === 'viewer' ? 'browse the catalog' : role === 'editor' ? 'browse and change the catalog' : 'change the catalog and manage members and tokens'}.
      </p>
      {invitation.email && invitation.email.toLowerCase() !== user.email.toLowerCase() && (
        <p className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">This invitation was made for {invitation.email}; you are signed in as {user.email}.</p>
      )}
      <div className="mt-4">
        <AcceptForm action={acceptInvitationAction.bind(null, secret)} />
      </div>
      <form action={signOut} className="mt-4 text-sm text-slate-600">
        Signed in as {user.email}.{' '}
        <button type="submit" className="font-medium text-brand-700 underline">Not you? Sign out</button>
      </form>
      <p className="mt-2 text-xs text-slate-500">The link expires {formatTime(invitation.expiresAt)}.</p>
    </Card>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6">
      <Link href="/" className="mb-6 flex items-center gap-2 font-semibold text-slate-900">
        <span aria-hidden="true" className="grid h-7 w-7 place-items-center rounded-md bg-brand-600 text-sm font-bold text-white">E</span>
        Eventflow
      </Link>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="mb-3 text-xl font-semibold tracking-tight text-slate-900">{title}</h1>
        {children}
      </div>
    </main>
  );
}

function Problem({ text }: { text: string }) {
  return (
    <div>
      <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">{text}</p>
      <Link href="/" className={`${secondaryButton} mt-4`}>Go to Eventflow</Link>
    </div>
  );
}
