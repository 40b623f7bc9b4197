import type { Metadata } from 'next';
import Link from 'next/link';
import { addConsumerAction, addProducerAction, removeRelationAction } from '../../_actions/relation-actions';
import { itemRef, orNotFound } from '../../_lib/item-ref';
import { ItemHistory } from '@/components/admin/item-history';
import { ExportAsyncApiButton } from '@/components/asyncapi/export-asyncapi-button';
import { Markdown } from '@/components/catalog/markdown';
import { MetaList, None } from '@/components/catalog/meta-list';
import { PageHeader, secondaryButton } from '@/components/catalog/page-header';
import { RelationForm } from '@/components/catalog/relation-form';
import { SectionCard } from '@/components/catalog/section-card';
import { ServiceEventList } from '@/components/catalog/service-event-list';
import { TagList } from '@/components/catalog/tag-list';
import { roleAllows } from '@/lib/domain/model';
import { listChannels } from '@/lib/server/catalog/channels';
import { listEvents } from '@/lib/server/catalog/events';
import { getServiceDetail } from '@/lib/server/catalog/service-detail';
import { pageActor } from '@/lib/server/page-context';

type Params = Promise<{ workspace: string; service: string }>;
const ALL_EVENTS = { limit: 500, offset: 0 };

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: itemRef((await params).service) };
}

/** One service: what it is, and the events it produces and consumes. */
export default async function ServicePage({ params }: { params: Params }) {
  const { workspace: slug, service: segment } = await params;
  const { db, actor } = await pageActor(slug);
  const { service, produces, consumes } = await orNotFound(getServiceDetail(db, actor, itemRef(segment)));
  const list = `/w/${slug}/services`;
  const canEdit = roleAllows(actor.role, 'editor');
  const [events, channels] = await Promise.all([canEdit ? listEvents(db, actor, ALL_EVENTS) : null, listChannels(db, actor)]);
  const eventNames = events?.items.map((e) => e.name) ?? [];
  const channelNames = channels.map((c) => c.name);
  const remover = (kind: 'producer' | 'consumer') => (canEdit ? (id: string) => removeRelationAction.bind(null, slug, service.name, kind, id) : undefined);
  return (
    <div className="space-y-6">
      <PageHeader
        title={service.name}
        eyebrow={<Link href={list} className="hover:text-slate-800">← Services</Link>}
        actions={
          <>
            <ExportAsyncApiButton slug={slug} service={service.name} />
            {canEdit && <Link href={`${list}/${encodeURIComponent(service.name)}/edit`} className={secondaryButton}>Edit</Link>}
          </>
        }
      >
        <TagList tags={service.tags} hrefFor={(t) => `${list}?tag=${encodeURIComponent(t)}`} />
      </PageHeader>

      <MetaList
        items={[
          { label: 'Owner', testId: 'owner', value: service.owner ? <Link href={`${list}?owner=${encodeURIComponent(service.owner)}`} className="hover:underline">{service.owner}</Link> : <None /> },
          {
            label: 'Repository',
            testId: 'repository',
            value: service.repositoryUrl ? (
              <a href={service.repositoryUrl} target="_blank" rel="noopener noreferrer" className="text-brand-700 hover:underline">
                {service.repositoryUrl.replace(/^https?:\/\//, '')}
              </a>
            ) : (
              <None />
            ),
          },
          { label: 'Produces', value: `${produces.length} event${produces.length === 1 ? '' : 's'}` },
          { label: 'Consumes', value: `${consumes.length} event${consumes.length === 1 ? '' : 's'}` },
        ]}
      />

      <SectionCard title="Description">
        <Markdown source={service.description} />
      </SectionCard>

      <div className="grid gap-6 md:grid-cols-2">
        <SectionCard title="Produces" count={produces.length}>
          <ServiceEventList slug={slug} items={produces} empty="This service produces no events yet." testId="produces" removeAction={remover('producer')} />
          {canEdit && <RelationForm kind="producer" action={addProducerAction.bind(null, slug, service.name)} events={eventNames} channels={channelNames} />}
        </SectionCard>
        <SectionCard title="Consumes" count={consumes.length}>
          <ServiceEventList slug={slug} items={consumes} empty="This service consumes no events yet." testId="consumes" channelNames={Object.fromEntries(channels.map((c) => [c.id, c.name]))} removeAction={remover('consumer')} />
          {canEdit && <RelationForm kind="consumer" action={addConsumerAction.bind(null, slug, service.name)} events={eventNames} channels={channelNames} />}
        </SectionCard>
      </div>

      <ItemHistory db={db} actor={actor} slug={slug} entityType="service" entityId={service.id} />
    </div>
  );
}
