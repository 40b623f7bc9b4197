'use client';

import Link from 'next/link';
import type { EventOverviewData } from './event-overview-data';
import { ConsumerList, ProducerList, type ConsumerRow, type ProducerRow } from './event-relations';
import { KindBadge } from './kind-badge';
import { MetaList, None } from './meta-list';
import { PageHeader, secondaryButton } from './page-header';
import { SectionCard } from './section-card';
import { StatusBadge } from './status-badge';
import { TagList } from './tag-list';

/*
 * Client components on purpose, like the version list: the event page's markup is several times
 * the size of the data it shows, and a server component sends it twice (HTML and RSC data).
 */

/** The top of an event's page: name, kind, status, tags and summary, its actions, and its facts. */
export function EventOverview({ slug, event, canEdit, published }: { slug: string; event: EventOverviewData; canEdit: boolean; published?: string }) {
  const base = `/w/${slug}`;
  const eventPath = `${base}/events/${encodeURIComponent(event.name)}`;
  const { channel } = event;
  return (
    <>
      <PageHeader
        title={event.name}
        eyebrow={<Link href={base} className="hover:text-slate-800">← Events</Link>}
        actions={
          <>
            {event.versionCount >= 2 && <Link href={`${eventPath}/compare`} className={secondaryButton}>Compare versions</Link>}
            {canEdit && <Link href={`${eventPath}/edit`} className={secondaryButton}>Edit</Link>}
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
                <span className="font-mono text-xs">{event.compatibility}</span>
                {event.compatibilityIsDefault && <span className="ml-1 text-xs text-slate-500">(workspace default)</span>}
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
          { label: 'Latest version', value: event.latestLabel !== null ? <span className="font-mono">v{event.latestLabel}</span> : <None>none yet</None>, testId: 'latest-version' },
        ]}
      />
    </>
  );
}

/** The services that produce and consume the event, side by side. */
export function EventRelations({ slug, producers, consumers }: { slug: string; producers: ProducerRow[]; consumers: ConsumerRow[] }) {
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <SectionCard title="Producers" count={producers.length}>
        <ProducerList slug={slug} producers={producers} />
      </SectionCard>
      <SectionCard title="Consumers" count={consumers.length}>
        <ConsumerList slug={slug} consumers={consumers} />
      </SectionCard>
    </div>
  );
}
