import type { Metadata } from 'next';
import { EmptyState } from '@/components/catalog/empty-state';
import { None } from '@/components/catalog/meta-list';
import { PageHeader } from '@/components/catalog/page-header';
import { listChannels } from '@/lib/server/catalog/channels';
import { pageActor } from '@/lib/server/page-context';

export const metadata: Metadata = { title: 'Channels' };

/** The topics, queues and subjects events travel on. */
export default async function ChannelsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const { db, actor } = await pageActor(slug);
  const channels = await listChannels(db, actor);
  return (
    <>
      <PageHeader title="Channels" eyebrow="Catalog">
        <p className="text-sm text-slate-600">The topics, queues and subjects your events travel on.</p>
      </PageHeader>
      {channels.length === 0 ? (
        <EmptyState title="No channels yet.">Channels come from AsyncAPI imports or the API.</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2.5 font-medium">Name</th>
                <th scope="col" className="px-4 py-2.5 font-medium">Protocol</th>
                <th scope="col" className="px-4 py-2.5 font-medium">Address</th>
                <th scope="col" className="px-4 py-2.5 text-right font-medium">Partitions</th>
                <th scope="col" className="px-4 py-2.5 text-right font-medium">Retention</th>
                <th scope="col" className="px-4 py-2.5 font-medium">Description</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {channels.map((c) => (
                <tr key={c.id} id={encodeURIComponent(c.name)} className="align-top target:bg-brand-50" data-testid="channel-row">
                  <td className="px-4 py-3 font-medium text-slate-900">{c.name}</td>
                  <td className="px-4 py-3"><span className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">{c.protocol}</span></td>
                  <td className="px-4 py-3 font-mono text-xs text-slate-700">{c.address}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{c.partitions}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{c.retentionHours === null ? <None /> : retention(c.retentionHours)}</td>
                  <td className="max-w-sm px-4 py-3 text-slate-600">{c.description ? <span className="line-clamp-2">{c.description}</span> : <None />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** 72 → "3 days", 36 → "36 h": whole days read better for topic retention. */
function retention(hours: number): string {
  if (hours >= 48 && hours % 24 === 0) return `${hours / 24} days`;
  return `${hours} h`;
}
