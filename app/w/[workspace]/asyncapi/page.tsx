import type { Metadata } from 'next';
import { ExportPanel } from '@/components/asyncapi/export-panel';
import { ImportForm } from '@/components/asyncapi/import-form';
import { PageHeader } from '@/components/catalog/page-header';
import { SectionCard } from '@/components/catalog/section-card';
import { roleAllows } from '@/lib/domain/model';
import { pageActor } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'AsyncAPI' };
export const dynamic = 'force-dynamic';

/** AsyncAPI in and out: import documents into the catalog (editors) and export it (everyone). */
export default async function AsyncApiPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const { actor } = await pageActor(slug);
  const canEdit = roleAllows(actor.role, 'editor');
  return (
    <div className="space-y-6">
      <PageHeader title="AsyncAPI">
        <p className="max-w-3xl text-slate-600">
          Bring an existing AsyncAPI 2.x or 3.0 document into the catalog, or export the catalog as one. Importing is safe to repeat: unchanged items stay as
          they are, and a changed schema becomes a new version only if it passes the event’s compatibility check.
        </p>
      </PageHeader>

      <SectionCard title="Import AsyncAPI" id="import">
        {canEdit ? (
          <ImportForm slug={slug} />
        ) : (
          <p role="note" className="text-sm text-amber-900">
            You have the <strong>{actor.role}</strong> role here, so you can export but not import. Ask a workspace owner for the editor role.
          </p>
        )}
      </SectionCard>

      <SectionCard title="Export AsyncAPI" id="export">
        <p className="mb-3 text-sm text-slate-600">The whole workspace as one document. Service pages export just one service.</p>
        <ExportPanel slug={slug} />
      </SectionCard>
    </div>
  );
}
