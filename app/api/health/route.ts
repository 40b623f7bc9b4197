import { db } from '@/lib/server/runtime';

export const dynamic = 'force-dynamic';

/** Liveness and database reachability, for load balancers and the README's first check. */
export async function GET() {
  try {
    const database = await db();
    await database.prisma.$queryRaw`SELECT 1`;
    return Response.json({ status: 'ok', db: 'ok' });
  } catch (error) {
    console.error('Health check failed', error);
    return Response.json({ status: 'error', db: 'unreachable' }, { status: 503 });
  }
}
