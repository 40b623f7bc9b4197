-- Catalog search (`q`) matches a substring of the name or the summary/description, ignoring case.
-- As one ILIKE per column, OR-ed, the planner never used the per-column trigram indexes, and the
-- page and its count each scanned every row (~20 ms of Postgres CPU per search at 10,000 events).
-- One stored, lower-cased column with one trigram index serves it (~1 ms); the per-column indexes
-- it replaces go.
ALTER TABLE "Event" ADD COLUMN "searchText" TEXT NOT NULL GENERATED ALWAYS AS (lower("name" || ' ' || "summary")) STORED;
ALTER TABLE "Service" ADD COLUMN "searchText" TEXT NOT NULL GENERATED ALWAYS AS (lower("name" || ' ' || "description")) STORED;

-- CreateIndex
CREATE INDEX "Event_searchText_idx" ON "Event" USING GIN ("searchText" gin_trgm_ops);
CREATE INDEX "Service_searchText_idx" ON "Service" USING GIN ("searchText" gin_trgm_ops);

-- DropIndex
DROP INDEX "Event_name_idx";
DROP INDEX "Event_summary_idx";
DROP INDEX "Service_name_idx";
DROP INDEX "Service_description_idx";
