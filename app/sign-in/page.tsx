import type { Metadata } from 'next';
import { db } from '@/lib/server/runtime';
import { demoPassword } from '@/lib/server/seed';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const database = await db();
  const { next } = await searchParams;
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-6">
      <h1 className="mb-1 text-2xl font-semibold">Eventflow</h1>
      <p className="mb-8 text-slate-600">Design, document, check and simulate your event-driven systems.</p>
      <SignInForm demoAvailable={Boolean(demoPassword(database))} next={next ?? '/'} />
    </main>
  );
}
