import type { SchemaFormat } from '@/lib/domain/model';
import type { EventKey } from './event-reads';

/** A stored version as a review reads it. */
export interface ReviewVersion {
  number: number;
  label: string;
  format: SchemaFormat;
  schema: string;
  examples: unknown[];
}

/** What a cache holds of one event: its versions numbered up to `upTo`, oldest first. */
export interface KnownVersions {
  eventId: string;
  upTo: number;
  versions: readonly ReviewVersion[];
  /** Characters of their schemas and examples (what the budget counts). */
  chars: number;
}

/** How many names and ids of events the cache remembers to find an entry by the URL's reference. */
const MAX_REFS = 20_000;

/**
 * The versions a process's reviews have read, per event. A publish reviews its candidate
 * against every stored version (the report's _TRANSITIVE columns), so without this each publish
 * to an event with hundreds of versions read and parsed all of them again. Versions are never
 * changed or deleted (only with their event, whose id is never reused), and a version numbered n
 * is only written once n - 1 is committed, so what was read once stays true and a review asks the
 * database only for versions numbered above `upTo`. Bounded by `budget` characters of schemas
 * and examples (whole events leave, least recently used first).
 *
 * Only reads outside a transaction may fill it: a transaction's own uncommitted versions may
 * still roll back.
 *
 * @example
 * const known = cache.known(key);                        // undefined the first time
 * const rows = await readReviewRows(client, key, known); // only versions above known.upTo
 * const versions = cache.merge(key, rows.id, known, rows.versions);
 */
export class ReviewVersionCache {
  private readonly byEvent = new Map<string, { versions: readonly ReviewVersion[]; chars: number }>();
  private readonly eventIdByRef = new Map<string, string>();
  private chars = 0;

  constructor(private readonly budget: number) {}

  /** The versions kept for the event `key` names, if any (by id, or by the reference it was last read by). */
  known(key: EventKey): KnownVersions | undefined {
    const eventId = 'id' in key ? key.id : this.eventIdByRef.get(refKey(key));
    const entry = eventId === undefined ? undefined : this.byEvent.get(eventId);
    if (eventId === undefined || !entry) return undefined;
    // Map keeps insertion order: re-inserting makes this the most recently used.
    this.byEvent.delete(eventId);
    this.byEvent.set(eventId, entry);
    return { eventId, upTo: entry.versions.at(-1)?.number ?? 0, versions: entry.versions, chars: entry.chars };
  }

  /**
   * All versions of event `eventId`, oldest first: the `known` ones followed by `fetched` (those
   * read above `known.upTo`), or `fetched` alone when `known` was of another event (the name now
   * names a new one). Keeps the result for the next review.
   */
  merge(key: EventKey, eventId: string, known: KnownVersions | undefined, fetched: ReviewVersion[]): readonly ReviewVersion[] {
    const extendsKnown = known?.eventId === eventId;
    const versions = extendsKnown ? [...known.versions, ...fetched] : fetched;
    const chars = (extendsKnown ? known.chars : 0) + fetched.reduce((sum, v) => sum + v.schema.length + JSON.stringify(v.examples).length, 0);
    const current = this.byEvent.get(eventId);
    // A concurrent review may have kept a longer list meanwhile: keep the longest.
    if (!current || current.versions.length < versions.length) this.keep(eventId, versions, chars);
    if (!('id' in key)) this.rememberRef(refKey(key), eventId);
    return versions;
  }

  /** How many events' versions are kept. */
  get events(): number {
    return this.byEvent.size;
  }

  private keep(eventId: string, versions: readonly ReviewVersion[], chars: number): void {
    this.forget(eventId);
    if (chars > this.budget) return;
    this.byEvent.set(eventId, { versions, chars });
    this.chars += chars;
    for (const [oldest] of this.byEvent) {
      if (this.chars <= this.budget) break;
      this.forget(oldest);
    }
  }

  private forget(eventId: string): void {
    const entry = this.byEvent.get(eventId);
    if (!entry) return;
    this.byEvent.delete(eventId);
    this.chars -= entry.chars;
  }

  private rememberRef(ref: string, eventId: string): void {
    this.eventIdByRef.delete(ref);
    this.eventIdByRef.set(ref, eventId);
    if (this.eventIdByRef.size > MAX_REFS) this.eventIdByRef.delete(this.eventIdByRef.keys().next().value!);
  }
}

const refKey = (key: { workspaceId: string; ref: string }) => `${key.workspaceId}\n${key.ref}`;

/**
 * Schemas and examples kept per database, in characters: an event's hundreds of versions are a
 * few hundred kB; a few MB keep the busiest events' without weighing on the heap's collections.
 */
const CACHE_BUDGET = 4_000_000;
const caches = new WeakMap<object, ReviewVersionCache>();

/** The cache of reviews on `db` (one per database a process opened: ids are only unique within one). */
export function reviewVersionCacheFor(db: object): ReviewVersionCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new ReviewVersionCache(CACHE_BUDGET)));
  return cache;
}
