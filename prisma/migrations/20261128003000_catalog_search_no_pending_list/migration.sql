-- The catalog's GIN search indexes write new entries straight into the index instead of a
-- pending list. With the default (fastupdate on), a bulk load (seed, AsyncAPI import) leaves
-- every new entry in the pending list until a vacuum merges it, and each search scans that list:
-- on a freshly loaded 10,000-event catalog a common term took ~7 ms of Postgres per count (a full
-- scan beat the index) instead of ~1.5 ms. Catalog rows change rarely and are searched often.
-- A pending list already there is merged first, so this takes effect at once.
SELECT gin_clean_pending_list(c.oid)
FROM pg_class c
WHERE c.relname IN ('Event_searchText_idx', 'Event_owner_idx', 'Event_tags_idx', 'Service_searchText_idx', 'Service_owner_idx', 'Service_tags_idx');

ALTER INDEX "Event_searchText_idx" SET (fastupdate = off);
ALTER INDEX "Event_owner_idx" SET (fastupdate = off);
ALTER INDEX "Event_tags_idx" SET (fastupdate = off);
ALTER INDEX "Service_searchText_idx" SET (fastupdate = off);
ALTER INDEX "Service_owner_idx" SET (fastupdate = off);
ALTER INDEX "Service_tags_idx" SET (fastupdate = off);
