import type { Metadata } from 'next';
import Link from 'next/link';
import { createServiceAction } from '../../_actions/service-actions';
import { PageHeader } from '@/components/catalog/page-header';
import { ServiceForm } from '@/components/catalog/service-form';
import { ReadOnlyNotice } from '@/components/catalog/read-only-notice';
import { roleAllows } from '@/lib/domain/model';
import { pageActor } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'New service' };

/** Register a service in the catalog. */
export default async function NewServicePage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const { actor } = await pageActor(slug);
  const list = `/w/${slug}/services`;
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="New service" eyebrow={<Link href={list} className="hover:text-slate-800">← Services</Link>} />
      {!roleAllows(actor.role, 'editor') ? (
        <ReadOnlyNotice role={actor.role} backHref={list} />
      ) : (
        <ServiceForm action={createServiceAction.bind(null, slug)} initial={{}} submitLabel="Create service" cancelHref={list} />
      )}
    </div>
  );
}
