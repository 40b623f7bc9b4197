'use client';

import { useEffect } from 'react';
import { useFlowStore } from '../state/flow-store';

/** Refusals and failures (role="alert", stays until dismissed) and short confirmations (fade after 4 s). */
export function NoticeBar() {
  const notice = useFlowStore((s) => s.notice);
  const set = useFlowStore((s) => s.set);
  useEffect(() => {
    if (notice?.tone !== 'info') return;
    const timer = setTimeout(() => set({ notice: null }), 4000);
    return () => clearTimeout(timer);
  }, [notice, set]);
  if (!notice) return null;
  const error = notice.tone === 'error';
  return (
    <div
      role={error ? 'alert' : 'status'}
      data-testid="flow-notice"
      className={`pointer-events-auto flex max-w-xl items-start gap-3 rounded-md px-3 py-2 text-sm shadow ${error ? 'bg-red-50 text-red-800 ring-1 ring-red-200' : 'bg-slate-800 text-white'}`}
    >
      <span className="flex-1">{notice.text}</span>
      <button type="button" onClick={() => set({ notice: null })} className="text-xs underline opacity-80 hover:opacity-100" aria-label="Dismiss">
        Dismiss
      </button>
    </div>
  );
}
