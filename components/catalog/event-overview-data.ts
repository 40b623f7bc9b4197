import type { EventKind, LifecycleStatus } from '@/lib/domain/model';
import type { EventDetail } from '@/lib/server/catalog/events';
import type { ConsumerRow, ProducerRow } from './event-relations';

/** What the top of an event's page shows: its header and facts, and nothing it does not show. */
export interface EventOverviewData {
  name: string;
  kind: EventKind;
  status: LifecycleStatus;
  tags: string[];
  summary: string;
  owner: string;
  /** The mode in force, and whether it is the workspace default. */
  compatibility: string;
  compatibilityIsDefault: boolean;
  partitionKey: string | null;
  channel: { name: string; protocol: string; address: string } | null;
  latestLabel: string | null;
  versionCount: number;
}

/**
 * The event page's client sections take these small shapes instead of the detail's full rows
 * (services carry their whole Markdown description, edges their extras): the page's RSC data
 * carries what is shown, once.
 * @example const { overview, producers, consumers } = eventOverviewData(await getEventDetail(db, actor, 'OrderCreated'));
 */
export function eventOverviewData(detail: EventDetail & { olderVersions?: unknown[] }): { overview: EventOverviewData; producers: ProducerRow[]; consumers: ConsumerRow[] } {
  const { event, channel, versions } = detail;
  return {
    overview: {
      name: event.name,
      kind: event.kind,
      status: event.status,
      tags: event.tags,
      summary: event.summary,
      owner: event.owner,
      compatibility: detail.effectiveCompatibility,
      compatibilityIsDefault: event.compatibility === null,
      partitionKey: event.partitionKey,
      channel: channel ? { name: channel.name, protocol: channel.protocol, address: channel.address } : null,
      latestLabel: versions[0]?.label ?? null,
      // The page reads only the newest versions in full; the older ones count too.
      versionCount: versions.length + (detail.olderVersions?.length ?? 0),
    },
    producers: detail.producers.map((p) => ({ id: p.id, service: { name: p.service.name, owner: p.service.owner } })),
    consumers: detail.consumers.map((c) => ({
      id: c.id,
      service: { name: c.service.name },
      consumerGroup: c.consumerGroup,
      deadLetterChannel: c.deadLetterChannel,
      fieldsRead: c.fieldsRead,
      retryPolicy: c.retryPolicy,
      pinnedVersion: c.pinnedVersion,
    })),
  };
}
