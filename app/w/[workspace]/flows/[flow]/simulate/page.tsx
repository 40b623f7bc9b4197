import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { catalogForFlow } from '@/components/simulation/catalog-scope';
import { SimulationView, type ReadyScenario } from '@/components/simulation/simulation-view';
import { seedScenarios } from '@/lib/domain/simulator';
import { loadCatalog } from '@/lib/server/catalog/load-catalog';
import { AppError } from '@/lib/server/errors';
import { getFlowGraph } from '@/lib/server/flows/flow-graph';
import { pageActor } from '@/lib/server/page-context';

export const dynamic = 'force-dynamic';

type Params = Promise<{ workspace: string; flow: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `Simulate ${(await params).flow}` };
}

/** One flow's live simulation: the engine runs in the browser, on the catalog as stored now. */
export default async function SimulateFlowPage({ params }: { params: Params }) {
  const { workspace, flow } = await params;
  const { db, actor } = await pageActor(workspace);
  const [graph, catalog] = await Promise.all([
    getFlowGraph(db, actor, flow).catch((error: unknown) => {
      if (error instanceof AppError && error.status === 404) notFound();
      throw error;
    }),
    loadCatalog(db, actor),
  ]);
  const spec = seedScenarios[graph.flow.slug];
  const ready: ReadyScenario | null = spec ? { name: spec.name ?? 'Ready scenario', description: spec.description ?? '', seed: spec.seed ?? 1 } : null;
  return (
    <div className="space-y-3">
      <header className="flex items-baseline justify-between gap-4">
        <div className="min-w-0">
          <p className="text-sm text-slate-500">
            <Link href={`/w/${workspace}/flows`} className="hover:underline">
              Flows
            </Link>{' '}
            /{' '}
            <Link href={`/w/${workspace}/flows/${graph.flow.slug}`} className="hover:underline">
              {graph.flow.name}
            </Link>{' '}
            /
          </p>
          <h1 className="truncate text-xl font-semibold tracking-tight">Simulation</h1>
        </div>
        <p className="shrink-0 text-sm text-slate-500">Deterministic: the same seed gives the same run.</p>
      </header>
      <SimulationView flowSlug={graph.flow.slug} graph={{ nodes: graph.nodes, edges: graph.edges }} catalog={catalogForFlow(catalog, graph.flow.slug)} ready={ready} />
    </div>
  );
}
