'use client';

import { useActionState, useState } from 'react';
import { openDemo, signIn, signUp, type SignInState } from './actions';

export function SignInForm({ demoAvailable, next }: { demoAvailable: boolean; next: string }) {
  const [mode, setMode] = useState<'sign-in' | 'sign-up'>('sign-in');
  const [state, action, pending] = useActionState<SignInState, FormData>(mode === 'sign-in' ? signIn : signUp, {});
  const [demoState, demoAction, demoPending] = useActionState<SignInState, FormData>(openDemo, {});
  return (
    <div className="space-y-6">
      {demoAvailable && (
        <form action={demoAction}>
          <button type="submit" disabled={demoPending} className="w-full rounded-md bg-brand-600 px-4 py-2.5 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
            {demoPending ? 'Opening…' : 'Open the demo workspace'}
          </button>
          {demoState.error && <p className="mt-2 text-sm text-red-700">{demoState.error}</p>}
        </form>
      )}
      <form action={action} className="space-y-4" noValidate>
        <input type="hidden" name="next" value={next} />
        {mode === 'sign-up' && <Field name="name" label="Name" error={state.fieldErrors?.name} />}
        <Field name="email" label="Email" type="email" error={state.fieldErrors?.email} />
        <Field name="password" label="Password" type="password" error={state.fieldErrors?.password} />
        {state.error && <p role="alert" className="text-sm text-red-700">{state.error}</p>}
        <button type="submit" disabled={pending} className="w-full rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-50 disabled:opacity-60">
          {mode === 'sign-in' ? 'Sign in' : 'Create account'}
        </button>
      </form>
      <button type="button" onClick={() => setMode(mode === 'sign-in' ? 'sign-up' : 'sign-in')} className="text-sm text-brand-600 underline">
        {mode === 'sign-in' ? 'No account yet? Create one' : 'Have an account? Sign in'}
      </button>
    </div>
  );
}

function Field({ name, label, type = 'text', error }: { name: string; label: string; type?: string; error?: string }) {
  return (
    <label className="block">
      <span className="text-sm font-medium text-slate-700">{label}</span>
      <input name={name} type={type} aria-invalid={Boolean(error)} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 shadow-sm focus:border-brand-500 focus:outline-none" />
      {error && <span className="mt-1 block text-sm text-red-700">{error}</span>}
    </label>
  );
}
