import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, STORES } from '@/tests/databases';
import type { Database } from './db';

const SEARCH_INDEXES = ['Event_searchText_idx', 'Event_owner_idx', 'Event_tags_idx', 'Service_searchText_idx', 'Service_owner_idx', 'Service_tags_idx'];

describe.each(STORES)('catalog search indexes (%s)', (store) => {
  let db: Database;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ db, cleanup } = await openTestDatabase(store)));
  afterAll(() => cleanup());

  it('write straight into the index (no GIN pending list for searches to scan after a bulk load)', async () => {
    const rows = await db.raw.query<{ relname: string; options: string[] | null }>(
      `SELECT relname, reloptions AS options FROM pg_class WHERE relname = ANY($1::text[]) ORDER BY relname`,
      [SEARCH_INDEXES],
    );
    expect(rows.map((row) => row.relname)).toEqual([...SEARCH_INDEXES].sort());
    for (const row of rows) expect(row.options, row.relname).toContain('fastupdate=off');
  });
});
