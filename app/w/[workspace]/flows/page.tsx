import type { Metadata } from 'next';
import Link from 'next/link';
import { roleAllows } from '@/lib/domain/model';
import { listFlows } from '@/lib/server/flows/flow-graph';
import { pageActor } from '@/lib/server/page-context';
import { CreateFlowForm } from './create-flow-form';

export const metadata: Metadata = { title: 'Flows' };
export const dynamic = 'force-dynamic';

/** The workspace's flows (design canvases), and a form to start a new one. */
export default async function FlowsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const { db, actor } = await pageActor(workspace);
  const flows = await listFlows(db, actor);
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Flows</h1>
        <p className="mt-1 text-slate-600">Canvases where services, events and channels are drawn together. Every edit on a canvas edits the catalog.</p>
      </header>
      {flows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">No flows yet: create the first one below.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" aria-label="Flows">
          {flows.map((f) => (
            <li key={f.id} className="flex items-center justify-between gap-4 px-4 py-3">
              <div className="min-w-0">
                <Link href={`/w/${workspace}/flows/${f.slug}`} className="font-medium text-brand-700 hover:underline">
                  {f.name}
                </Link>
                {f.description && <p className="truncate text-sm text-slate-600">{f.description}</p>}
              </div>
              <span className="shrink-0 text-sm text-slate-500">
                {f.nodeCount} {f.nodeCount === 1 ? 'node' : 'nodes'}
              </span>
            </li>
          ))}
        </ul>
      )}
      {roleAllows(actor.role, 'editor') && <CreateFlowForm workspace={workspace} />}
    </div>
  );
}
