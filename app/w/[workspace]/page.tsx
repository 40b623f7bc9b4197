import type { Metadata } from 'next';
import { ExportAsyncApiButton } from '@/components/asyncapi/export-asyncapi-button';
import { EventCatalog } from '@/components/catalog/event-catalog';

export const metadata: Metadata = { title: 'Events' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The catalog's home: the searchable event list. */
export default async function WorkspaceHome({ params, searchParams }: { params: Promise<{ workspace: string }>; searchParams: SearchParams }) {
  const { workspace } = await params;
  return <EventCatalog slug={workspace} params={await searchParams} actions={<ExportAsyncApiButton slug={workspace} />} />;
}
