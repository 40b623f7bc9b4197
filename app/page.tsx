import Link from 'next/link';
import { pagePrincipal } from '@/lib/server/page-context';
import { listWorkspaces } from '@/lib/server/workspaces';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const { db, principal } = await pagePrincipal();
  const workspaces = await listWorkspaces(db, principal);
  return (
    <main className="mx-auto max-w-3xl px-6 py-12">
      <h1 className="text-2xl font-semibold">Your workspaces</h1>
      <ul className="mt-6 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {workspaces.map((w) => (
          <li key={w.id}>
            <Link href={`/w/${w.slug}`} className="block px-4 py-3 hover:bg-slate-50">
              <span className="font-medium">{w.name}</span>
              <span className="ml-2 text-sm text-slate-500">{w.slug} · {w.role}</span>
              {w.description && <p className="text-sm text-slate-600">{w.description}</p>}
            </Link>
          </li>
        ))}
        {workspaces.length === 0 && <li className="px-4 py-3 text-slate-600">No workspaces yet.</li>}
      </ul>
    </main>
  );
}
