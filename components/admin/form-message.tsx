import type { AdminState } from './admin-state';

/** A settings form's outcome, above or beside it. */
export function FormMessage({ state }: { state: AdminState }) {
  if (state.error) {
    return <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{state.error}</p>;
  }
  if (state.success) {
    return <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-800">{state.success}</p>;
  }
  return null;
}
