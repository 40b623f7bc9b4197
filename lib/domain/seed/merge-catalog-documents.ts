import type { CatalogDocument } from '../catalog-document';

/** Thrown when two documents define the same item name with different content. */
export class CatalogMergeConflict extends Error {
  constructor(
    readonly itemKind: string,
    readonly itemKey: string,
  ) {
    super(`Cannot merge catalog documents: two different ${itemKind} are both named "${itemKey}"`);
    this.name = 'CatalogMergeConflict';
  }
}

/**
 * Merges catalog documents into one. Items are matched by name (producers and
 * consumers by service + event + channel, flows by name and slug); an item
 * present in several documents is kept once when its content is identical and
 * is a {@link CatalogMergeConflict} otherwise, so two systems can share
 * services without silently overwriting each other.
 *
 * @example
 * const demo = mergeCatalogDocuments([ecommerceCatalog, videoPlaysCatalog]);
 */
export function mergeCatalogDocuments(documents: readonly CatalogDocument[]): CatalogDocument {
  const edgeKey = (edge: { service: string; event: string; channel?: string | null }) =>
    `${edge.service} → ${edge.event} @ ${edge.channel ?? '(no channel)'}`;
  const merged: CatalogDocument = {
    domains: mergeItems('domains', documents.flatMap((d) => d.domains ?? []), (d) => d.name),
    services: mergeItems('services', documents.flatMap((d) => d.services), (s) => s.name),
    channels: mergeItems('channels', documents.flatMap((d) => d.channels), (c) => c.name),
    events: mergeItems('events', documents.flatMap((d) => d.events), (e) => e.name),
    producers: mergeItems('producers', documents.flatMap((d) => d.producers), edgeKey),
    consumers: mergeItems('consumers', documents.flatMap((d) => d.consumers), edgeKey),
    flows: mergeItems('flows', documents.flatMap((d) => d.flows ?? []), (f) => f.name),
  };
  // Slugs are URLs, so two differently named flows must not share one either.
  mergeItems('flow slugs', merged.flows ?? [], (f) => f.slug ?? f.name);
  return structuredClone(merged);
}

function mergeItems<T>(kind: string, items: readonly T[], keyOf: (item: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    const existing = byKey.get(key);
    if (existing === undefined) byKey.set(key, item);
    else if (!sameContent(existing, item)) throw new CatalogMergeConflict(kind, key);
  }
  return [...byKey.values()];
}

/**
 * Structural equality of plain JSON-like data; object key order is ignored
 * and a key holding `undefined` counts as absent.
 *
 * @example
 * sameContent({ a: 1, b: [2] }, { b: [2], a: 1 }) // true
 */
export function sameContent(left: unknown, right: unknown): boolean {
  if (Object.is(left, right)) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return false;
  if (Array.isArray(left) || Array.isArray(right)) {
    if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false;
    return left.every((value, index) => sameContent(value, right[index]));
  }
  const leftRecord = left as Record<string, unknown>;
  const rightRecord = right as Record<string, unknown>;
  const definedKeys = (record: Record<string, unknown>) =>
    Object.keys(record).filter((key) => record[key] !== undefined).sort();
  const leftKeys = definedKeys(leftRecord);
  const rightKeys = definedKeys(rightRecord);
  if (leftKeys.length !== rightKeys.length) return false;
  return leftKeys.every((key, index) => key === rightKeys[index] && sameContent(leftRecord[key], rightRecord[key]));
}
