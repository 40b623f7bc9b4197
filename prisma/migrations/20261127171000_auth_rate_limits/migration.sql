-- Sign-in rate limits shared by every app process (npm start runs one per core on Postgres):
-- one row per limited key, counted by a single atomic upsert.
CREATE TABLE "AuthRateLimit" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuthRateLimit_pkey" PRIMARY KEY ("key")
);
