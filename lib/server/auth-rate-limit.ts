import type { Database } from './db';

/** What Better Auth asks of a rate-limit store (its `BetterAuthRateLimitStorage`). */
export interface RateLimitStore {
  consume(key: string, rule: { window: number; max: number }): Promise<{ allowed: boolean; retryAfter: number | null }>;
}

/**
 * Rate limits counted in Postgres, so every app process shares one count per key: a single
 * upsert starts a new window or adds one to the current one, atomically (no read-then-write).
 *
 * @example betterAuth({ rateLimit: { customStorage: databaseRateLimits(db) } })
 */
export function databaseRateLimits(db: Database): RateLimitStore {
  return {
    async consume(key, rule) {
      const windowMs = Math.round(rule.window * 1000);
      const rows = await db.prisma.$queryRaw<Array<{ count: number; elapsedMs: number }>>`
        INSERT INTO "AuthRateLimit" ("key", "count", "windowStart") VALUES (${key}, 1, now())
        ON CONFLICT ("key") DO UPDATE SET
          "count" = CASE WHEN "AuthRateLimit"."windowStart" <= now() - make_interval(secs => ${windowMs} / 1000.0) THEN 1 ELSE "AuthRateLimit"."count" + 1 END,
          "windowStart" = CASE WHEN "AuthRateLimit"."windowStart" <= now() - make_interval(secs => ${windowMs} / 1000.0) THEN now() ELSE "AuthRateLimit"."windowStart" END
        RETURNING "count", (extract(epoch FROM now() - "windowStart") * 1000)::float8 AS "elapsedMs"`;
      const row = rows[0]!;
      if (row.count <= rule.max) return { allowed: true, retryAfter: null };
      return { allowed: false, retryAfter: Math.max(1, Math.ceil((windowMs - row.elapsedMs) / 1000)) };
    },
  };
}
