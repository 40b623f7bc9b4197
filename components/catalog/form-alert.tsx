import type { FormState } from './form-state';

/** The form-level outcome: an error (with a reload hint on a conflict) or a success note. */
export function FormAlert({ state }: { state: FormState }) {
  if (state.error) {
    return (
      <div role="alert" data-testid="form-error" className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
        <p>{state.error}</p>
        {state.conflict && (
          <p className="mt-1">
            Your changes are still in the form.{' '}
            <a href="" className="font-medium underline">Reload the page</a> to see the latest version, then apply them again.
          </p>
        )}
      </div>
    );
  }
  if (state.success) {
    return (
      <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-800">
        {state.success}
      </p>
    );
  }
  return null;
}
