-- Catalog search (`q`: ILIKE '%text%' over names and summaries/descriptions, tags, owner
-- ignoring case) is served by trigram and array indexes instead of scanning every item:
-- at 10,000 events a search was two full scans (page + count) per request.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Event_name_idx" ON "Event" USING GIN ("name" gin_trgm_ops);
CREATE INDEX "Event_summary_idx" ON "Event" USING GIN ("summary" gin_trgm_ops);
CREATE INDEX "Event_owner_idx" ON "Event" USING GIN ("owner" gin_trgm_ops);
CREATE INDEX "Event_tags_idx" ON "Event" USING GIN ("tags");
CREATE INDEX "Service_name_idx" ON "Service" USING GIN ("name" gin_trgm_ops);
CREATE INDEX "Service_description_idx" ON "Service" USING GIN ("description" gin_trgm_ops);
CREATE INDEX "Service_owner_idx" ON "Service" USING GIN ("owner" gin_trgm_ops);
CREATE INDEX "Service_tags_idx" ON "Service" USING GIN ("tags");
