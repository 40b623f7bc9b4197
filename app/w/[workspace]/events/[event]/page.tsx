import type { Metadata } from 'next';
import Link from 'next/link';
import { proposeVersionAction, publishVersionAction } from '../../_actions/version-actions';
import { itemRef, orNotFound } from '../../_lib/item-ref';
import { ITEM_HISTORY_SHOWN, ItemHistorySection } from '@/components/admin/item-history';
import { ConsumerList, ProducerList } from '@/components/catalog/event-relations';
import { KindBadge } from '@/components/catalog/kind-badge';
import { Markdown } from '@/components/catalog/markdown';
import { MetaList, None } from '@/components/catalog/meta-list';
import { PageHeader, secondaryButton } from '@/components/catalog/page-header';
import { PublishVersionForm } from '@/components/catalog/publish-version-form';
import { SectionCard } from '@/components/catalog/section-card';
import { StatusBadge } from '@/components/catalog/status-badge';
import { TagList } from '@/components/catalog/tag-list';
import { VersionList } from '@/components/catalog/version-list';
import { versionListItems } from '@/components/catalog/version-list-items';
import { roleAllows } from '@/lib/domain/model';
import { getEventPage } from '@/lib/server/catalog/event-page-read';
import { pageActor } from '@/lib/server/page-context';

type Params = Promise<{ workspace: string; event: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: itemRef((await params).event) };
}

/** One event: what it is, who produces and consumes it, and its schema history. */
export default async function EventPage({ params, searchParams }: { params: Params; searchParams: Promise<{ published?: string }> }) {
  const { workspace: slug, event: segment } = await params;
  const { published } = await searchParams;
  const { db, actor } = await pageActor(slug);
  const detail = await orNotFound(getEventPage(db, actor, itemRef(segment), ITEM_HISTORY_SHOWN));
  const { event, channel, producers, consumers } = detail;
  const versions = versionListItems(detail.versions);
  const base = `/w/${slug}`;
  const canEdit = roleAllows(actor.role, 'editor');
  const latest = versions[0];
  return (
    <div className="space-y-6">
      <PageHeader
        title={event.name}
        eyebrow={<Link href={base} className="hover:text-slate-800">← Events</Link>}
        actions={
          <>
            {versions.length >= 2 && <Link href={`${base}/events/${encodeURIComponent(event.name)}/compare`} className={secondaryButton}>Compare versions</Link>}
            {canEdit && <Link href={`${base}/events/${encodeURIComponent(event.name)}/edit`} className={secondaryButton}>Edit</Link>}
          </>
        }
      >
        <div className="flex flex-wrap items-center gap-2">
          <KindBadge kind={event.kind} />
          <StatusBadge status={event.status} />
          <TagList tags={event.tags} hrefFor={(t) => `${base}?tag=${encodeURIComponent(t)}`} />
        </div>
        {event.summary && <p className="mt-2 max-w-3xl text-slate-700">{event.summary}</p>}
      </PageHeader>

      {published && (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-800">
          Version {published} published.
        </p>
      )}

      <MetaList
        items={[
          { label: 'Owner', value: event.owner ? <Link href={`${base}?owner=${encodeURIComponent(event.owner)}`} className="hover:underline">{event.owner}</Link> : <None />, testId: 'owner' },
          {
            label: 'Compatibility',
            testId: 'compatibility',
            value: (
              <>
                <span className="font-mono text-xs">{detail.effectiveCompatibility}</span>
                {event.compatibility === null && <span className="ml-1 text-xs text-slate-500">(workspace default)</span>}
              </>
            ),
          },
          { label: 'Partition key', value: event.partitionKey ? <span className="font-mono text-xs">{event.partitionKey}</span> : <None />, testId: 'partition-key' },
          {
            label: 'Channel',
            testId: 'channel',
            value: channel ? (
              <Link href={`${base}/channels#${encodeURIComponent(channel.name)}`} className="hover:underline">
                {channel.name}
                <span className="block font-mono text-xs text-slate-500">{channel.protocol} · {channel.address}</span>
              </Link>
            ) : (
              <None />
            ),
          },
          { label: 'Latest version', value: latest ? <span className="font-mono">v{latest.label}</span> : <None>none yet</None>, testId: 'latest-version' },
        ]}
      />

      <SectionCard title="Description">
        <Markdown source={event.description} />
      </SectionCard>

      <div className="grid gap-6 md:grid-cols-2">
        <SectionCard title="Producers" count={producers.length}>
          <ProducerList slug={slug} producers={producers} />
        </SectionCard>
        <SectionCard title="Consumers" count={consumers.length}>
          <ConsumerList slug={slug} consumers={consumers} />
        </SectionCard>
      </div>

      <SectionCard title="Versions" id="versions" count={versions.length}>
        <VersionList versions={versions} highlight={published} compareBase={`${base}/events/${encodeURIComponent(event.name)}/compare`} />
      </SectionCard>

      {canEdit && (
        <SectionCard title="Publish new version" id="publish">
          <PublishVersionForm
            action={publishVersionAction.bind(null, slug, event.name)}
            propose={proposeVersionAction.bind(null, slug, event.name)}
            canForce={roleAllows(actor.role, 'owner')}
            latest={latest}
          />
        </SectionCard>
      )}

      <ItemHistorySection slug={slug} entityType="event" entityId={event.id} entries={detail.history} />
    </div>
  );
}
