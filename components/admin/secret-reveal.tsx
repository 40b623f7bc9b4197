'use client';

import type { ReactNode } from 'react';
import { CopyButton } from './copy-button';

/** A secret shown once (a token, an invitation link): read-only, selectable, with a Copy button and a warning. */
export function SecretReveal({ label, value, id, children }: { label: string; value: string; id: string; children?: ReactNode }) {
  return (
    <div role="status" className="space-y-2 rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
      <label htmlFor={id} className="block font-medium">{label}</label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={id}
          readOnly
          value={value}
          data-testid={id}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-emerald-300 bg-white px-3 py-2 font-mono text-xs text-slate-900"
        />
        <CopyButton text={value} />
      </div>
      {children}
    </div>
  );
}
