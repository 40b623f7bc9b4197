import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ExportAsyncApiButton } from '@/components/asyncapi/export-asyncapi-button';
import { FlowCanvas } from '@/components/graph/canvas/flow-canvas';
import { FlowCounts } from '@/components/graph/panels/flow-counts';
import { SimulateLink } from '@/components/simulation/simulate-link';
import { roleAllows } from '@/lib/domain/model';
import { AppError } from '@/lib/server/errors';
import { getFlowGraph } from '@/lib/server/flows/flow-graph';
import { pageActor } from '@/lib/server/page-context';

export const dynamic = 'force-dynamic';

type Params = Promise<{ workspace: string; flow: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `Flow ${(await params).flow}` };
}

/** One flow's design canvas. */
export default async function FlowPage({ params }: { params: Params }) {
  const { workspace, flow } = await params;
  const { db, actor } = await pageActor(workspace);
  const graph = await getFlowGraph(db, actor, flow).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  const header = (
    <header className="flex items-baseline justify-between gap-4">
      <div className="min-w-0">
        <p className="text-sm text-slate-500">
          <Link href={`/w/${workspace}/flows`} className="hover:underline">
            Flows
          </Link>{' '}
          /
        </p>
        <h1 className="truncate text-xl font-semibold tracking-tight">{graph.flow.name}</h1>
      </div>
      <div className="flex shrink-0 items-center gap-3">
        <FlowCounts />
        <SimulateLink workspace={workspace} flow={flow} />
        <ExportAsyncApiButton slug={workspace} flow={flow} />
      </div>
    </header>
  );
  return (
    <div className="flex h-[calc(100vh-10rem)] min-h-[520px] flex-col gap-3">
      <FlowCanvas workspace={workspace} graph={graph} canEdit={roleAllows(actor.role, 'editor')} me={actor.name} header={header} />
    </div>
  );
}
