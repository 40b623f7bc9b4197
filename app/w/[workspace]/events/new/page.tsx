import type { Metadata } from 'next';
import Link from 'next/link';
import { createEventAction } from '../../_actions/event-actions';
import { EventForm } from '@/components/catalog/event-form';
import { PageHeader } from '@/components/catalog/page-header';
import { workspaceOf } from '@/lib/server/access';
import { listChannels } from '@/lib/server/catalog/channels';
import { ReadOnlyNotice } from '@/components/catalog/read-only-notice';
import { roleAllows } from '@/lib/domain/model';
import { pageActor } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'New event' };

/** Create an event with its first schema version in one step. */
export default async function NewEventPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const { db, actor } = await pageActor(slug);
  const [workspace, channels] = await Promise.all([workspaceOf(db, actor), listChannels(db, actor)]);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="New event" eyebrow={<Link href={`/w/${slug}`} className="hover:text-slate-800">← Events</Link>}>
        <p className="text-sm text-slate-600">Describe the event and give it a schema; both are saved together.</p>
      </PageHeader>
      {!roleAllows(actor.role, 'editor') ? (
        <ReadOnlyNotice role={actor.role} backHref={`/w/${slug}`} />
      ) : (
        <EventForm
          action={createEventAction.bind(null, slug)}
          initial={{ kind: 'event', status: 'draft', format: 'json-schema' }}
          submitLabel="Create event"
          cancelHref={`/w/${slug}`}
          channels={channels}
          defaultCompatibility={workspace.defaultCompatibility}
          withSchema
        />
      )}
    </div>
  );
}
