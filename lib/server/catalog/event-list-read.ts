/**
 * The event list and search (API, catalog page) as one hand-written statement: the page and its
 * total in one round trip, where Prisma sent a page query and a count and mapped every column of
 * both. Filters mean what `catalogFilter` (search-filter.ts) means to Prisma, clause for clause.
 */
import type { CatalogQuery } from '@/lib/contracts/catalog-inputs';
import { Prisma } from '../generated/prisma/client.ts';
import type * as Row from '../generated/prisma/client.ts';
import type { RawReader } from './event-reads';
import { likeLiteral } from './search-filter';

/**
 * The list filters as SQL over `e` ("Event"), exactly as Prisma renders `catalogFilter` and the
 * status: free text is a substring of the lower-cased name + summary or a tag equal to the
 * lower-cased text; the owner is the given name ignoring case (ILIKE with its wildcards escaped).
 * @example eventListWhere('ws-id', { q: 'order' }) // e."workspaceId" = $1 AND (e."searchText" LIKE $2 OR …)
 */
export function eventListWhere(workspaceId: string, query: Omit<CatalogQuery, 'limit' | 'offset'>): Prisma.Sql {
  const clauses = [Prisma.sql`e."workspaceId" = ${workspaceId}`];
  if (query.q) {
    const text = query.q.toLowerCase();
    clauses.push(Prisma.sql`(e."searchText" LIKE ${`%${likeLiteral(text)}%`} OR e."tags" @> ARRAY[${text}]::text[])`);
  }
  if (query.tag) clauses.push(Prisma.sql`e."tags" @> ARRAY[${query.tag}]::text[]`);
  if (query.owner) clauses.push(Prisma.sql`e."owner" ILIKE ${likeLiteral(query.owner)}`);
  if (query.status) clauses.push(Prisma.sql`e."status" = ${query.status}::"LifecycleStatus"`);
  return Prisma.join(clauses, ' AND ');
}

export interface EventListRows {
  /** The page, by name; each event row with its latest version's label. */
  items: Array<{ event: Row.Event; latestVersion: string | null }>;
  /** Every match, ignoring the page. */
  total: number;
}

/**
 * The statement: one row, `items` (the page as jsonb) and `total`. Exported so its plan can be read.
 * @example const { text, values } = eventListStatement('ws-id', { q: 'order', limit: 50, offset: 0 });
 */
export function eventListStatement(workspaceId: string, query: CatalogQuery): Prisma.Sql {
  const where = eventListWhere(workspaceId, query);
  // The filter appears twice (page, count) rather than in a shared CTE: a CTE read twice is
  // materialized, whole rows of every match, where the count needs none of them. The page is cut
  // before the JSON is built: Postgres projects the rows an OFFSET skips, so building it in the
  // same SELECT cost a jsonb and a version lookup for every skipped row (~80 ms at offset 5,000).
  return Prisma.sql`
    SELECT
      coalesce((SELECT jsonb_agg(jsonb_build_object('event', to_jsonb(e), 'latestVersion',
                  (SELECT v."label" FROM "EventVersion" v WHERE v."eventId" = e."id" ORDER BY v."number" DESC LIMIT 1)) ORDER BY e."name")
                FROM (SELECT e.* FROM "Event" e WHERE ${where} ORDER BY e."name" LIMIT ${query.limit} OFFSET ${query.offset}) e), '[]'::jsonb) AS "items",
      (SELECT count(*)::int FROM "Event" e WHERE ${where}) AS "total"`;
}

/**
 * One page of a workspace's events matching the query, ordered by name, and how many match.
 * @example const { items, total } = await readEventList(db.prisma, actor.workspaceId, { q: 'order', limit: 50, offset: 0 });
 */
export async function readEventList(client: RawReader, workspaceId: string, query: CatalogQuery): Promise<EventListRows> {
  const rows = await client.$queryRaw<EventListRows[]>(eventListStatement(workspaceId, query));
  return rows[0]!;
}
