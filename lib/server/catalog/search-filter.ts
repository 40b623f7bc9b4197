import type { CatalogQuery } from '@/lib/contracts/catalog-inputs';

/**
 * The catalog's list filters, shared by events and services: free text (a substring of the
 * name or summary/description, ignoring case, or a tag), an exact tag, an owner
 * (case-insensitive). `searchText` is Postgres's lower-cased name + text column, with a
 * trigram index: one indexed LIKE instead of an ILIKE per column that scanned every row.
 */
export function catalogFilter(query: CatalogQuery) {
  const where: Record<string, unknown> = {};
  if (query.q) {
    const text = query.q.toLowerCase();
    // Prisma passes `contains` to LIKE as is: `%` and `_` typed by a user are literal characters.
    where.OR = [{ searchText: { contains: text.replace(/[\\%_]/g, '\\$&') } }, { tags: { has: text } }];
  }
  if (query.tag) where.tags = { has: query.tag };
  if (query.owner) where.owner = { equals: query.owner, mode: 'insensitive' };
  return where;
}
