/**
 * A least-recently-used cache keyed by a text, holding at most `budget` characters of keys: for
 * results that depend on nothing but the text (rendered Markdown), so a change to the text is a
 * new key and nothing stale can be served. Entries longer than the whole budget are not kept.
 * @example
 * const cache = new TextKeyedCache<number>(1_000);
 * cache.get('abc', (text) => text.length); // computes 3 and keeps it
 * cache.get('abc', () => 0);               // 3, from the cache
 */
export class TextKeyedCache<V> {
  private readonly entries = new Map<string, V>();
  private size = 0;

  constructor(private readonly budget: number) {}

  /** The value for `text`, computed by `compute` the first time (and again once evicted). */
  get(text: string, compute: (text: string) => V): V {
    const hit = this.entries.get(text);
    if (hit !== undefined) {
      // Map keeps insertion order: re-inserting makes this the most recently used.
      this.entries.delete(text);
      this.entries.set(text, hit);
      return hit;
    }
    const value = compute(text);
    if (text.length > this.budget) return value;
    this.entries.set(text, value);
    this.size += text.length;
    for (const oldest of this.entries.keys()) {
      if (this.size <= this.budget) break;
      this.entries.delete(oldest);
      this.size -= oldest.length;
    }
    return value;
  }

  /** How many texts are kept. */
  get count(): number {
    return this.entries.size;
  }
}
