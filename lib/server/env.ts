import path from 'node:path';
import { z } from 'zod';

/** The process environment the server and CLI read, validated once (t3-env style). */
const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  EVENTFLOW_DATA_DIR: z.string().min(1).default('./.data'),
  /** Set to "false" to skip seeding the demo workspace into an empty database. */
  EVENTFLOW_SEED: z.enum(['true', 'false']).default('true'),
  /** Where the checked-in migrations live; defaults to ./prisma/migrations of the app. */
  EVENTFLOW_MIGRATIONS_DIR: z.string().optional(),
  /**
   * Prepared statements on a real Postgres (each connection plans a query text once). Set to
   * "false" behind a pooler that cannot keep them (PgBouncer in transaction mode before 1.21).
   */
  EVENTFLOW_PG_PREPARE: z.enum(['true', 'false']).default('true'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
});

export type ServerEnv = z.infer<typeof EnvSchema>;

let cached: ServerEnv | undefined;

export function serverEnv(): ServerEnv {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  cached = parsed.data;
  return cached;
}

export function dataDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), serverEnv().EVENTFLOW_DATA_DIR);
}

export function migrationsDir(): string {
  const configured = serverEnv().EVENTFLOW_MIGRATIONS_DIR;
  return configured
    ? path.resolve(/* turbopackIgnore: true */ configured)
    : path.join(/* turbopackIgnore: true */ process.cwd(), 'prisma', 'migrations');
}
