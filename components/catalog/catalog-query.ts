import { type CatalogQuery, CatalogQuerySchema } from '@/lib/contracts/catalog-inputs';
import type { SearchValues } from './search-bar';

/**
 * The list query for the URL's filters. A filter that does not parse (an unknown
 * status in a hand-edited link) is dropped rather than failing the whole page.
 */
export function catalogQuery(values: SearchValues, offset: number, limit: number): CatalogQuery {
  const parsed = CatalogQuerySchema.safeParse({ ...values, offset, limit });
  if (parsed.success) return parsed.data;
  const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  const kept = Object.fromEntries(Object.entries(values).filter(([key]) => !bad.has(key)));
  return CatalogQuerySchema.parse({ ...kept, offset: bad.has('offset') ? 0 : offset, limit });
}
