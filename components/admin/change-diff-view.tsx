import { WHOLE_VALUE } from '@/lib/domain/history/change-diff';
import type { ShownFieldChange } from './history-list-items';

const cell = 'max-h-48 overflow-auto whitespace-pre-wrap break-all font-mono text-xs';

/** A change's changed fields side by side: field, old value, new value. */
export function ChangeDiffView({ changes }: { changes: ShownFieldChange[] }) {
  if (changes.length === 0) return <p className="text-sm text-slate-500">No field values were recorded for this change.</p>;
  return (
    <table className="w-full table-fixed border-collapse text-left text-sm" data-testid="change-diff">
      <thead>
        <tr className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
          <th scope="col" className="w-40 py-1.5 pr-3 font-medium">Field</th>
          <th scope="col" className="py-1.5 pr-3 font-medium">Before</th>
          <th scope="col" className="py-1.5 font-medium">After</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field} className="border-b border-slate-100 align-top last:border-0">
            <th scope="row" className="py-1.5 pr-3 font-mono text-xs font-medium text-slate-800">{c.field === WHOLE_VALUE ? 'value' : c.field}</th>
            <td className="py-1.5 pr-3">
              {c.kind === 'added' ? <span className="text-xs text-slate-400">(not set)</span> : <pre className={`${cell} rounded bg-red-50 px-1.5 py-1 text-red-900`}>{c.before}</pre>}
            </td>
            <td className="py-1.5">
              {c.kind === 'removed' ? <span className="text-xs text-slate-400">(removed)</span> : <pre className={`${cell} rounded bg-emerald-50 px-1.5 py-1 text-emerald-900`}>{c.after}</pre>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
