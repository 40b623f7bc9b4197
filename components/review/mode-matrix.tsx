import { COMPATIBILITY_MODES, type CompatibilityMode } from '@/lib/domain/model';

/**
 * The verdict under each of the seven modes for the same change, the mode in force
 * outlined, so a reviewer sees at a glance which policy would accept it.
 */
export function ModeMatrix({ matrix, mode }: { matrix: Partial<Record<CompatibilityMode, boolean>>; mode: CompatibilityMode }) {
  return (
    <div data-testid="mode-matrix">
      <h4 className="text-xs font-medium uppercase tracking-wide text-slate-500">Verdict under each mode</h4>
      <ul className="mt-1.5 flex flex-wrap gap-1.5">
        {COMPATIBILITY_MODES.map((m) => {
          const ok = matrix[m];
          const current = m === mode;
          const tone = ok === undefined ? 'border-slate-200 bg-slate-50 text-slate-500' : ok ? 'border-emerald-200 bg-emerald-50 text-emerald-800' : 'border-red-200 bg-red-50 text-red-800';
          return (
            <li
              key={m}
              data-mode={m}
              data-compatible={ok === undefined ? 'unknown' : String(ok)}
              aria-current={current ? 'true' : undefined}
              className={`inline-flex items-center gap-1 rounded border px-2 py-0.5 text-xs ${tone} ${current ? 'font-semibold ring-2 ring-brand-500 ring-offset-1' : ''}`}
            >
              <span aria-hidden="true">{ok === undefined ? '?' : ok ? '✓' : '✗'}</span>
              <span className="font-mono">{m}</span>
              <span className="sr-only">{ok === undefined ? 'not checked' : ok ? 'compatible' : 'breaking'}</span>
              {current && <span className="font-sans text-[10px] uppercase tracking-wide">· in force</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
