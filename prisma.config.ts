import { defineConfig } from 'prisma/config';

// The URL is only read by Prisma's CLI (migrate/studio where its engine can be fetched);
// the app connects through a driver adapter in lib/server/db.ts.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/eventflow' },
});
