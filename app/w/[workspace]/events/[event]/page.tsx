import type { Metadata } from 'next';
import { proposeVersionAction, publishVersionAction } from '../../_actions/version-actions';
import { itemRef, orNotFound } from '../../_lib/item-ref';
import { ITEM_HISTORY_SHOWN, ItemHistorySection } from '@/components/admin/item-history';
import { Markdown } from '@/components/catalog/markdown';
import { EventOverview, EventRelations } from '@/components/catalog/event-overview';
import { eventOverviewData } from '@/components/catalog/event-overview-data';
import { PublishVersionForm } from '@/components/catalog/publish-version-form';
import { SectionCard } from '@/components/catalog/section-card';
import { VersionList } from '@/components/catalog/version-list';
import { versionListHeaders, versionListItems } from '@/components/catalog/version-list-items';
import { roleAllows } from '@/lib/domain/model';
import { getEventPage } from '@/lib/server/catalog/event-page-read';
import { pageActor } from '@/lib/server/page-context';

type Params = Promise<{ workspace: string; event: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: itemRef((await params).event) };
}

/**
 * One event: what it is, who produces and consumes it, and its schema history. The sections
 * are client components fed small view data (see event-overview.tsx); the description stays a
 * server render (its Markdown parser is not for the browser's bundle).
 */
export default async function EventPage({ params, searchParams }: { params: Params; searchParams: Promise<{ published?: string }> }) {
  const { workspace: slug, event: segment } = await params;
  const { published } = await searchParams;
  const { db, actor } = await pageActor(slug);
  const detail = await orNotFound(getEventPage(db, actor, itemRef(segment), ITEM_HISTORY_SHOWN));
  const { event } = detail;
  const { overview, producers, consumers } = eventOverviewData(detail);
  const versions = versionListItems(detail.versions);
  const older = versionListHeaders(detail.olderVersions);
  const canEdit = roleAllows(actor.role, 'editor');
  return (
    <div className="space-y-6">
      <EventOverview slug={slug} event={overview} canEdit={canEdit} published={published} />

      <SectionCard title="Description">
        <Markdown source={event.description} />
      </SectionCard>

      <EventRelations slug={slug} producers={producers} consumers={consumers} />

      <SectionCard title="Versions" id="versions" count={versions.length + older.length}>
        <VersionList
          versions={versions}
          older={older}
          contentUrl={`/api/v1/workspaces/${encodeURIComponent(slug)}/events/${encodeURIComponent(event.name)}/versions`}
          highlight={published}
          compareBase={`/w/${slug}/events/${encodeURIComponent(event.name)}/compare`}
        />
      </SectionCard>

      {canEdit && (
        <SectionCard title="Publish new version" id="publish">
          <PublishVersionForm
            action={publishVersionAction.bind(null, slug, event.name)}
            propose={proposeVersionAction.bind(null, slug, event.name)}
            canForce={roleAllows(actor.role, 'owner')}
            latest={versions[0]}
          />
        </SectionCard>
      )}

      <ItemHistorySection slug={slug} entityType="event" entityId={event.id} entries={detail.history} />
    </div>
  );
}
