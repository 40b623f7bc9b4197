import Link from 'next/link';
import type { CatalogEvent, Channel } from '@/lib/domain/model';
import { None } from './meta-list';
import { StatusBadge } from './status-badge';

interface Item {
  id: string;
  event: CatalogEvent;
  channel: Channel | null;
  consumerGroup?: string | null;
  fieldsRead?: string[];
  deadLetterChannelId?: string | null;
}

/** The events on one side of a service (produced or consumed), with the channel each travels on. */
export function ServiceEventList({ slug, items, empty, testId, channelNames = {}, removeAction }: {
  slug: string;
  items: Item[];
  empty: string;
  testId: string;
  /** Channel names by id, to name dead-letter channels. */
  channelNames?: Record<string, string>;
  /** For editors: the server action that removes the relation with this id. */
  removeAction?: (id: string) => () => Promise<void>;
}) {
  if (items.length === 0) return <p className="text-sm text-slate-500">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid={testId}>
      {items.map((item) => (
        <li key={item.id} className="py-3 first:pt-0 last:pb-0">
          <div className="flex flex-wrap items-center gap-2">
            <Link href={`/w/${slug}/events/${encodeURIComponent(item.event.name)}`} className="font-medium text-brand-700 hover:underline">{item.event.name}</Link>
            <StatusBadge status={item.event.status} />
            {removeAction && (
              <form action={removeAction(item.id)} className="ml-auto">
                <button type="submit" className="rounded px-1.5 py-0.5 text-xs text-slate-500 hover:bg-red-50 hover:text-red-700">
                  Remove<span className="sr-only"> {item.event.name}</span>
                </button>
              </form>
            )}
          </div>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs text-slate-600">
            <dt className="text-slate-500">Channel</dt>
            <dd>{item.channel ? <span className="font-mono">{item.channel.name} <span className="text-slate-400">({item.channel.protocol} · {item.channel.address})</span></span> : <None />}</dd>
            {item.consumerGroup !== undefined && (
              <>
                <dt className="text-slate-500">Group</dt>
                <dd className="font-mono">{item.consumerGroup ?? <None />}</dd>
              </>
            )}
            {item.deadLetterChannelId && (
              <>
                <dt className="text-slate-500">DLQ</dt>
                <dd className="font-mono">{channelNames[item.deadLetterChannelId] ?? 'unknown channel'}</dd>
              </>
            )}
            {item.fieldsRead && item.fieldsRead.length > 0 && (
              <>
                <dt className="text-slate-500">Reads</dt>
                <dd className="font-mono">{item.fieldsRead.join(', ')}</dd>
              </>
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}
