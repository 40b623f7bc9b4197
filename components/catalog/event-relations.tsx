import Link from 'next/link';
import type { ConsumerEdge, Service } from '@/lib/domain/model';
import { None } from './meta-list';

/** What a producer row shows (an event detail's producers have this shape and more). */
export interface ProducerRow {
  id: string;
  service: Pick<Service, 'name' | 'owner'>;
}

/** What a consumer row shows (an event detail's consumers have this shape and more). */
export type ConsumerRow = Pick<ConsumerEdge, 'id' | 'consumerGroup' | 'retryPolicy' | 'fieldsRead' | 'pinnedVersion'> & {
  service: Pick<Service, 'name'>;
  deadLetterChannel: string | null;
};

const serviceHref = (slug: string, name: string) => `/w/${slug}/services/${encodeURIComponent(name)}`;

/** The services that publish an event. */
export function ProducerList({ slug, producers }: { slug: string; producers: ProducerRow[] }) {
  if (producers.length === 0) return <p className="text-sm text-slate-500">No service produces this event yet.</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="producers">
      {producers.map((p) => (
        <li key={p.id} className="py-2 first:pt-0 last:pb-0">
          <Link href={serviceHref(slug, p.service.name)} className="font-medium text-brand-700 hover:underline">{p.service.name}</Link>
          {p.service.owner && <span className="ml-2 text-sm text-slate-500">{p.service.owner}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The services that consume an event, with what impact analysis needs: group, DLQ, fields read. */
export function ConsumerList({ slug, consumers }: { slug: string; consumers: ConsumerRow[] }) {
  if (consumers.length === 0) return <p className="text-sm text-slate-500">No service consumes this event yet.</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="consumers">
      {consumers.map((c) => (
        <li key={c.id} className="py-3 first:pt-0 last:pb-0">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <Link href={serviceHref(slug, c.service.name)} className="font-medium text-brand-700 hover:underline">{c.service.name}</Link>
            {c.pinnedVersion !== null && <span className="text-xs text-slate-500">pinned to #{c.pinnedVersion}</span>}
          </div>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs text-slate-600">
            <dt className="text-slate-500">Group</dt>
            <dd className="font-mono">{c.consumerGroup ?? <None />}</dd>
            <dt className="text-slate-500">DLQ</dt>
            <dd className="font-mono">{c.deadLetterChannel ?? <None />}</dd>
            <dt className="text-slate-500">Reads</dt>
            <dd className="font-mono">{c.fieldsRead.length > 0 ? c.fieldsRead.join(', ') : <None>all fields (not declared)</None>}</dd>
            {c.retryPolicy && (
              <>
                <dt className="text-slate-500">Retries</dt>
                <dd>{c.retryPolicy.maxAttempts} attempts, {c.retryPolicy.backoffMs} ms × {c.retryPolicy.multiplier}</dd>
              </>
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}
