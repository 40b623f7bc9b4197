import { inject } from 'vitest';

/**
 * Points the app's runtime at this run's throw-away Postgres, without the demo seed, and loads
 * what the API tests build on. The environment must be set before the runtime loads, hence the
 * dynamic imports: a test loads routes and other server modules after awaiting this.
 * @example const { db, createApiToken, freshWorkspace } = await serverOnTestPostgres();
 */
export async function serverOnTestPostgres() {
  process.env.DATABASE_URL = inject('postgresUrl');
  process.env.EVENTFLOW_SEED = 'false';
  const { db } = await import('@/lib/server/runtime');
  const { createApiToken } = await import('@/lib/server/api-tokens');
  const { applyCatalogDocument } = await import('@/lib/server/catalog/apply-catalog-document');
  const { ecommerceCatalog } = await import('@/lib/domain/seed');
  const { freshWorkspace } = await import('@/tests/databases');
  return { db, createApiToken, applyCatalogDocument, ecommerceCatalog, freshWorkspace };
}
