'use client';

import { useEffect } from 'react';

/** A failed page inside a workspace keeps the shell and offers a retry instead of a blank screen. */
export default function WorkspaceError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  return (
    <div role="alert" className="mx-auto max-w-xl rounded-lg border border-red-200 bg-white p-6 shadow-sm">
      <h1 className="text-lg font-semibold text-slate-900">Something went wrong</h1>
      <p className="mt-2 text-sm text-slate-600">
        The page could not be shown. Nothing you had saved is lost.{error.digest ? ` (Reference ${error.digest})` : ''}
      </p>
      <button type="button" onClick={reset} className="mt-4 rounded-md bg-brand-600 px-3.5 py-2 text-sm font-medium text-white hover:bg-brand-700">
        Try again
      </button>
    </div>
  );
}
