import type { ImportOutcome, PlanAction, PlanItem } from './import-request';

const GROUPS: Array<{ action: PlanAction; title: string; style: string; open: boolean }> = [
  { action: 'create', title: 'Create', style: 'bg-emerald-50 text-emerald-800 ring-emerald-200', open: true },
  { action: 'update', title: 'Update', style: 'bg-sky-50 text-sky-800 ring-sky-200', open: true },
  { action: 'new-version', title: 'New version', style: 'bg-violet-50 text-violet-800 ring-violet-200', open: true },
  { action: 'refused', title: 'Refused', style: 'bg-red-50 text-red-800 ring-red-200', open: true },
  { action: 'unchanged', title: 'Unchanged', style: 'bg-slate-100 text-slate-700 ring-slate-200', open: false },
];

/** Long groups show this many items until "show all" (a 1,000-message spec makes long lists). */
const FIRST = 100;

/** What an import will do (preview) or did, grouped by action with counts; refused items say why. */
export function ImportPlan({ outcome }: { outcome: ImportOutcome }) {
  const { summary, info, dryRun } = outcome;
  const byAction = new Map<PlanAction, PlanItem[]>();
  for (const item of summary.items) byAction.set(item.action, [...(byAction.get(item.action) ?? []), item]);
  return (
    <section aria-label={dryRun ? 'Import preview' : 'Import result'} className="space-y-4" data-testid="import-plan">
      <div>
        <h3 className="text-base font-semibold text-slate-900">
          {dryRun ? 'Preview' : 'Imported'}: {info.title} <span className="font-normal text-slate-500">v{info.version}</span>
        </h3>
        <p className="text-sm text-slate-600">{dryRun ? 'Nothing has been written yet. Import applies exactly this.' : 'The catalog now holds these items.'}</p>
      </div>
      <ul className="flex flex-wrap gap-2" aria-label="Counts">
        {GROUPS.map((g) => (
          <li key={g.action} className={`rounded-full px-2.5 py-1 text-xs font-medium ring-1 ring-inset ${g.style}`}>
            {g.title} <span data-testid={`count-${g.action}`}>{summary.counts[g.action] ?? 0}</span>
          </li>
        ))}
      </ul>
      {GROUPS.filter((g) => (byAction.get(g.action)?.length ?? 0) > 0).map((g) => {
        const items = byAction.get(g.action)!;
        return (
          <details key={g.action} open={g.open} className="rounded-md border border-slate-200" data-testid={`plan-${g.action}`}>
            <summary className="cursor-pointer px-3 py-2 text-sm font-semibold text-slate-800">
              {g.title} ({items.length})
            </summary>
            <ItemList items={items} />
          </details>
        );
      })}
      {summary.items.length === 0 && <p className="text-sm text-slate-600">The document describes nothing to import.</p>}
    </section>
  );
}

function ItemList({ items }: { items: PlanItem[] }) {
  const rows = (list: PlanItem[]) =>
    list.map((item, i) => (
      <li key={`${item.kind}:${item.name}:${i}`} className="px-3 py-1.5 text-sm">
        <span className="mr-2 inline-block w-20 text-xs uppercase tracking-wide text-slate-500">{item.kind}</span>
        <span className="break-all font-medium text-slate-900">{item.name}</span>
        {item.reason && <span className="block text-red-700 sm:pl-[5.5rem]">{item.reason}</span>}
      </li>
    ));
  return (
    <ul className="divide-y divide-slate-100 border-t border-slate-100">
      {rows(items.slice(0, FIRST))}
      {items.length > FIRST && (
        <li>
          <details>
            <summary className="cursor-pointer px-3 py-1.5 text-sm text-brand-700">Show {items.length - FIRST} more</summary>
            <ul className="divide-y divide-slate-100">{rows(items.slice(FIRST))}</ul>
          </details>
        </li>
      )}
    </ul>
  );
}
