import type { Metadata } from 'next';
import Link from 'next/link';
import { updateEventAction } from '../../../_actions/event-actions';
import { itemRef, orNotFound } from '../../../_lib/item-ref';
import { EventForm } from '@/components/catalog/event-form';
import { PageHeader } from '@/components/catalog/page-header';
import { workspaceOf } from '@/lib/server/access';
import { listChannels } from '@/lib/server/catalog/channels';
import { getEventDetail } from '@/lib/server/catalog/events';
import { ReadOnlyNotice } from '@/components/catalog/read-only-notice';
import { roleAllows } from '@/lib/domain/model';
import { pageActor } from '@/lib/server/page-context';

type Params = Promise<{ workspace: string; event: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `Edit ${itemRef((await params).event)}` };
}

/** Edit an event's description and delivery; schemas change by publishing versions instead. */
export default async function EditEventPage({ params }: { params: Params }) {
  const { workspace: slug, event: segment } = await params;
  const { db, actor } = await pageActor(slug);
  const { event, channel } = await orNotFound(getEventDetail(db, actor, itemRef(segment)));
  const [workspace, channels] = await Promise.all([workspaceOf(db, actor), listChannels(db, actor)]);
  const href = `/w/${slug}/events/${encodeURIComponent(event.name)}`;
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={event.name} eyebrow={<Link href={href} className="hover:text-slate-800">← Back to the event</Link>}>
        <p className="text-sm text-slate-600">
          Editing details. To change the schema, <Link href={`${href}#publish`} className="text-brand-600 underline">publish a new version</Link>.
        </p>
      </PageHeader>
      {!roleAllows(actor.role, 'editor') ? (
        <ReadOnlyNotice role={actor.role} backHref={href} />
      ) : (
        <EventForm
          action={updateEventAction.bind(null, slug, event.id)}
          expectedVersion={event.version}
          initial={{
            name: event.name,
            kind: event.kind,
            summary: event.summary,
            description: event.description,
            owner: event.owner,
            tags: event.tags.join(', '),
            status: event.status,
            compatibility: event.compatibility ?? '',
            partitionKey: event.partitionKey ?? '',
            channel: channel?.name ?? '',
          }}
          submitLabel="Save"
          cancelHref={href}
          channels={channels}
          defaultCompatibility={workspace.defaultCompatibility}
        />
      )}
    </div>
  );
}
