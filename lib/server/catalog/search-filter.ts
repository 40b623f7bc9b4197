import type { CatalogQuery } from '@/lib/contracts/catalog-inputs';

/** `LIKE` treats `\`, `%` and `_` as special; a user's text means them literally. */
export const likeLiteral = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/**
 * The catalog's list filters for services (events use the same meaning in SQL, event-list-read.ts):
 * free text (a substring of the name or summary/description, ignoring case, or a tag), an exact
 * tag, an owner (case-insensitive). `searchText` is Postgres's lower-cased name + text column, with a
 * trigram index: one indexed LIKE instead of an ILIKE per column that scanned every row.
 */
export function catalogFilter(query: CatalogQuery) {
  const where: Record<string, unknown> = {};
  if (query.q) {
    const text = query.q.toLowerCase();
    // Prisma passes `contains` to LIKE as is: `%` and `_` typed by a user are literal characters.
    where.OR = [{ searchText: { contains: likeLiteral(text) } }, { tags: { has: text } }];
  }
  if (query.tag) where.tags = { has: query.tag };
  // Prisma renders an insensitive `equals` as ILIKE with the value as the pattern: `team%` would
  // match every team, so the owner's `%`, `_` and `\` are escaped to mean themselves.
  if (query.owner) where.owner = { equals: likeLiteral(query.owner), mode: 'insensitive' };
  return where;
}
