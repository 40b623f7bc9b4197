import type { Metadata } from 'next';
import Link from 'next/link';
import { updateServiceAction } from '../../../_actions/service-actions';
import { itemRef, orNotFound } from '../../../_lib/item-ref';
import { PageHeader } from '@/components/catalog/page-header';
import { ServiceForm } from '@/components/catalog/service-form';
import { getServiceDetail } from '@/lib/server/catalog/service-detail';
import { ReadOnlyNotice } from '@/components/catalog/read-only-notice';
import { roleAllows } from '@/lib/domain/model';
import { pageActor } from '@/lib/server/page-context';

type Params = Promise<{ workspace: string; service: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `Edit ${itemRef((await params).service)}` };
}

/** Edit a service's details. */
export default async function EditServicePage({ params }: { params: Params }) {
  const { workspace: slug, service: segment } = await params;
  const { db, actor } = await pageActor(slug);
  const { service } = await orNotFound(getServiceDetail(db, actor, itemRef(segment)));
  const href = `/w/${slug}/services/${encodeURIComponent(service.name)}`;
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={service.name} eyebrow={<Link href={href} className="hover:text-slate-800">← Back to the service</Link>} />
      {!roleAllows(actor.role, 'editor') ? (
        <ReadOnlyNotice role={actor.role} backHref={href} />
      ) : (
        <ServiceForm
          action={updateServiceAction.bind(null, slug, service.id)}
          expectedVersion={service.version}
          initial={{
            name: service.name,
            description: service.description,
            owner: service.owner,
            repositoryUrl: service.repositoryUrl ?? '',
            tags: service.tags.join(', '),
          }}
          submitLabel="Save"
          cancelHref={href}
        />
      )}
    </div>
  );
}
