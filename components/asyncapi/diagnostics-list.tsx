import type { ImportDiagnostic } from './import-request';

/** Parser problems, each next to where it is: file and JSON pointer, then the message. */
export function DiagnosticsList({ diagnostics, title }: { diagnostics: ImportDiagnostic[]; title: string }) {
  if (diagnostics.length === 0) return null;
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      <ul className="divide-y divide-slate-100 overflow-hidden rounded-md border border-slate-200" aria-label={title}>
        {diagnostics.map((d, i) => (
          <li
            key={`${d.file ?? ''}${d.path}${i}`}
            data-testid="diagnostic"
            className={`flex flex-col gap-0.5 px-3 py-2 text-sm sm:flex-row sm:gap-3 ${d.severity === 'error' ? 'bg-red-50 text-red-900' : 'bg-amber-50 text-amber-900'}`}
          >
            <code className="shrink-0 break-all font-mono text-xs font-semibold sm:w-80" data-testid="diagnostic-path">
              {d.file ? `${d.file.replace(/^\//, '')}: ` : ''}
              {d.path || '(document)'}
            </code>
            <span className="min-w-0 break-words">{d.message}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
