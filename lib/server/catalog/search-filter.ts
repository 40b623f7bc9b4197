import type { CatalogQuery } from '@/lib/contracts/catalog-inputs';

/**
 * The catalog's list filters, shared by events and services: free text over the
 * given columns, an exact tag, an owner (case-insensitive), and a status.
 */
export function catalogFilter(query: CatalogQuery, textColumns: string[]) {
  const where: Record<string, unknown> = {};
  if (query.q) {
    where.OR = [
      ...textColumns.map((column) => ({ [column]: { contains: query.q, mode: 'insensitive' } })),
      { tags: { has: query.q.toLowerCase() } },
    ];
  }
  if (query.tag) where.tags = { has: query.tag };
  if (query.owner) where.owner = { equals: query.owner, mode: 'insensitive' };
  return where;
}
