import { getAuth } from '@/lib/server/auth';
import { db } from '@/lib/server/runtime';

/** Better Auth's endpoints (sign-in, sign-up, sign-out, session) under /api/auth/*. */
async function handle(request: Request): Promise<Response> {
  const auth = await getAuth(await db());
  return auth.handler(request);
}

export const GET = handle;
export const POST = handle;
