import type { EventKind } from '@/lib/domain/model';

const STYLES: Record<EventKind, string> = {
  event: 'bg-brand-50 text-brand-700',
  command: 'bg-violet-50 text-violet-800',
  query: 'bg-cyan-50 text-cyan-800',
};

/** Whether a message is an event, a command or a query. */
export function KindBadge({ kind }: { kind: EventKind }) {
  return <span className={`inline-flex rounded px-1.5 py-0.5 font-mono text-xs ${STYLES[kind]}`}>{kind}</span>;
}
