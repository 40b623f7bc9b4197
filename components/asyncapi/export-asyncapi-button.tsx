'use client';

import { useEffect, useRef, useState } from 'react';
import { secondaryButton } from '@/components/catalog/page-header';
import { ExportPanel, type ExportScope } from './export-panel';

/**
 * "Export AsyncAPI": a button that opens the export panel beneath it, for the whole
 * workspace or, with `service` / `flow`, just that part. Escape or an outside click closes it.
 */
export function ExportAsyncApiButton({ slug, service, flow, label = 'Export AsyncAPI' }: { slug: string; label?: string } & ExportScope) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    const onClick = (e: MouseEvent) => box.current && !box.current.contains(e.target as Node) && setOpen(false);
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);
  const scope: ExportScope = service ? { service } : flow ? { flow } : {};
  const what = service ? `service ${service}` : flow ? 'this flow' : 'the whole workspace';
  return (
    <div ref={box} className="relative">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)} className={secondaryButton}>{label}</button>
      {open && (
        <div role="dialog" aria-label="Export AsyncAPI" className="absolute right-0 z-20 mt-2 w-[min(40rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-4 text-left shadow-lg">
          <div className="mb-3 flex items-start justify-between gap-3">
            <p className="text-sm text-slate-600">An AsyncAPI document describing {what}.</p>
            <button type="button" onClick={() => setOpen(false)} aria-label="Close" className="rounded px-1.5 text-slate-500 hover:bg-slate-100">×</button>
          </div>
          <ExportPanel slug={slug} scope={scope} idPrefix={`export-${service ?? flow ?? 'workspace'}`.replace(/[^a-zA-Z0-9_-]/g, '-')} />
        </div>
      )}
    </div>
  );
}
