import type { ReactNode } from 'react';

/** A titled block of an item's page. */
export function SectionCard({ title, id, actions, children, count }: { title: string; id?: string; actions?: ReactNode; children: ReactNode; count?: number }) {
  return (
    <section id={id} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <div className="flex items-center justify-between gap-3 border-b border-slate-100 px-5 py-3">
        <h2 className="text-base font-semibold text-slate-900">
          {title}
          {count !== undefined && <span className="ml-2 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-600">{count}</span>}
        </h2>
        {actions}
      </div>
      <div className="px-5 py-4">{children}</div>
    </section>
  );
}
