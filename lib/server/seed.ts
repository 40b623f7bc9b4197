import { randomBytes } from 'node:crypto';
import { seedCatalogs } from '@/lib/domain/seed';
import type { Actor } from './actor';
import { getAuth } from './auth';
import { applyCatalogDocument } from './catalog/apply-catalog-document';
import type { Database } from './db';

export const DEMO_EMAIL = 'demo@eventflow.local';
/** The embedded store is a local tool: a known password keeps the demo one click away. */
const EMBEDDED_DEMO_PASSWORD = 'eventflow-demo';

export interface SeedResult {
  seeded: boolean;
  demoEmail: string;
  /** Present only when this call created the demo owner (or the password is the embedded default). */
  demoPassword?: string;
}

export function demoPassword(db: Database): string | undefined {
  return process.env.EVENTFLOW_DEMO_PASSWORD ?? (db.kind === 'pglite' ? EMBEDDED_DEMO_PASSWORD : undefined);
}

/**
 * Seeds an empty database: the demo workspace (slug `demo`) with every example
 * system, owned by a demo user. A database that has any workspace is left alone.
 */
export async function seedIfEmpty(db: Database): Promise<SeedResult> {
  if (process.env.EVENTFLOW_SEED === 'false' || (await db.prisma.workspace.count()) > 0) {
    return { seeded: false, demoEmail: DEMO_EMAIL, demoPassword: demoPassword(db) };
  }
  const password = demoPassword(db) ?? randomBytes(12).toString('base64url');
  const auth = await getAuth(db);
  const existing = await db.prisma.user.findUnique({ where: { email: DEMO_EMAIL } });
  const userId = existing
    ? existing.id
    : (await auth.api.signUpEmail({ body: { email: DEMO_EMAIL, password, name: 'Demo Owner' } })).user.id;
  for (const seed of seedCatalogs) {
    const workspace = await db.prisma.workspace.create({
      data: { slug: seed.slug, name: seed.name, description: seed.description, defaultCompatibility: seed.defaultCompatibility },
    });
    await db.prisma.membership.create({ data: { workspaceId: workspace.id, userId, role: 'owner' } });
    const actor: Actor = { principal: { kind: 'local', name: 'eventflow seed' }, workspaceId: workspace.id, role: 'owner', userId: null, name: 'eventflow seed' };
    await applyCatalogDocument(db, actor, seed.document);
  }
  return { seeded: true, demoEmail: DEMO_EMAIL, demoPassword: password };
}
