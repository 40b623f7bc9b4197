import type { LifecycleStatus } from '@/lib/domain/model';

const STYLES: Record<LifecycleStatus, string> = {
  draft: 'bg-slate-100 text-slate-700 ring-slate-300',
  active: 'bg-emerald-50 text-emerald-800 ring-emerald-300',
  deprecated: 'bg-amber-50 text-amber-800 ring-amber-300',
  retired: 'bg-rose-50 text-rose-800 ring-rose-300',
};

/** An event's lifecycle status as a coloured pill. */
export function StatusBadge({ status }: { status: LifecycleStatus }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[status]}`}>
      {status}
    </span>
  );
}
