'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getAuth } from '@/lib/server/auth';
import { db } from '@/lib/server/runtime';
import { DEMO_EMAIL, demoPassword } from '@/lib/server/seed';

export interface SignInState {
  error?: string;
  fieldErrors?: Partial<Record<'email' | 'password' | 'name', string>>;
}

const SignInSchema = z.object({
  email: z.email('Enter an email address'),
  password: z.string().min(8, 'Passwords have at least 8 characters').max(200),
});
const SignUpSchema = SignInSchema.extend({ name: z.string().trim().min(1, 'Enter your name').max(120) });

function fieldErrors(error: z.ZodError): SignInState['fieldErrors'] {
  return Object.fromEntries(error.issues.map((i) => [String(i.path[0]), i.message]));
}

function safeNext(value: FormDataEntryValue | null): string {
  const next = typeof value === 'string' ? value : '/';
  return next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export async function signIn(_: SignInState, form: FormData): Promise<SignInState> {
  const parsed = SignInSchema.safeParse({ email: form.get('email'), password: form.get('password') });
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  const auth = await getAuth(await db());
  try {
    await auth.api.signInEmail({ body: parsed.data, headers: await headers() });
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    return { error: status === 429 ? 'Too many attempts; wait a minute and try again.' : 'Email or password is wrong.' };
  }
  redirect(safeNext(form.get('next')));
}

export async function signUp(_: SignInState, form: FormData): Promise<SignInState> {
  const parsed = SignUpSchema.safeParse({ email: form.get('email'), password: form.get('password'), name: form.get('name') });
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error) };
  const auth = await getAuth(await db());
  try {
    await auth.api.signUpEmail({ body: parsed.data, headers: await headers() });
  } catch (error) {
    return { error: (error as Error).message || 'Could not create the account.' };
  }
  // A newcomer arriving from an invitation link goes straight back to it.
  redirect(safeNext(form.get('next')));
}

/** One click into the demo: only where the demo password is known (embedded store or configured). */
export async function openDemo(): Promise<SignInState> {
  const database = await db();
  const password = demoPassword(database);
  if (!password) return { error: 'The demo sign-in is only available on the embedded store.' };
  const auth = await getAuth(database);
  await auth.api.signInEmail({ body: { email: DEMO_EMAIL, password }, headers: await headers() });
  redirect('/w/demo');
}

export async function signOut(): Promise<void> {
  const auth = await getAuth(await db());
  await auth.api.signOut({ headers: await headers() });
  redirect('/sign-in');
}
