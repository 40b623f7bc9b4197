import Link from 'next/link';
import type { ReactNode } from 'react';
import { signOut } from '@/app/sign-in/actions';
import { WorkspaceNav } from '@/components/catalog/workspace-nav';
import { pageActor } from '@/lib/server/page-context';

export const dynamic = 'force-dynamic';

const ROLE_STYLES: Record<string, string> = {
  owner: 'bg-brand-50 text-brand-700 ring-brand-100',
  editor: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  viewer: 'bg-slate-100 text-slate-700 ring-slate-200',
};

/** The workspace shell: name, sections, who is signed in and with which role. */
export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const { actor, workspace } = await pageActor(slug);
  const who = actor.principal.kind === 'user' ? actor.principal.email : actor.name;
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-6 pt-3">
          <div className="flex min-w-0 items-center gap-3">
            <Link href="/" className="flex items-center gap-2 font-semibold text-slate-900" title="All workspaces">
              <span aria-hidden="true" className="grid h-7 w-7 place-items-center rounded-md bg-brand-600 text-sm font-bold text-white">E</span>
              <span className="hidden sm:inline">Eventflow</span>
            </Link>
            <span aria-hidden="true" className="text-slate-300">/</span>
            <Link href={`/w/${slug}`} className="truncate font-medium text-slate-800 hover:text-brand-700" data-testid="workspace-name">
              {workspace.name}
            </Link>
          </div>
          <div className="flex items-center gap-3 text-sm">
            <span className="hidden text-slate-600 md:inline">{who}</span>
            <span data-testid="role" title="Your role in this workspace" className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${ROLE_STYLES[actor.role] ?? ''}`}>
              {actor.role}
            </span>
            <form action={signOut}>
              <button type="submit" className="whitespace-nowrap rounded-md px-2 py-1 text-slate-600 hover:bg-slate-100 hover:text-slate-900">
                Sign out
              </button>
            </form>
          </div>
        </div>
        <div className="mx-auto max-w-6xl px-3">
          <WorkspaceNav slug={slug} isOwner={actor.role === 'owner'} />
        </div>
      </header>
      <main className="mx-auto w-full max-w-6xl flex-1 px-6 py-8">{children}</main>
    </div>
  );
}
