'use client';

import { useActionState } from 'react';
import { primaryButton } from '@/components/catalog/page-header';
import type { AcceptState } from './actions';

/** The one button that uses the invitation; errors (used meanwhile, expired) appear under it. */
export function AcceptForm({ action }: { action: (state: AcceptState, form: FormData) => Promise<AcceptState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-3">
      <button type="submit" disabled={pending} className={`${primaryButton} w-full justify-center`}>
        {pending ? 'Joining…' : 'Accept invitation'}
      </button>
      {state.error && <p role="alert" className="text-sm text-red-700">{state.error}</p>}
    </form>
  );
}
