/** A small seeded PRNG so generated catalogs are the same on every run (Math.random is not). */
export type Random = () => number;

/**
 * mulberry32: 32-bit state, uniform floats in [0, 1).
 * @example const rng = mulberry32(42); rng(); // 0.6011…
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One element, uniformly. @example pick(rng, ['a', 'b']) */
export function pick<T>(rng: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from an empty list');
  return items[Math.floor(rng() * items.length)]!;
}

/** `count` different elements (fewer if the list is shorter). @example pickDistinct(rng, tags, 2) */
export function pickDistinct<T>(rng: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]!);
  return out;
}

/** One value by weight. @example weighted(rng, [['a', 3], ['b', 1]]) // 'a' three times as often */
export function weighted<T>(rng: Random, choices: ReadonlyArray<readonly [T, number]>): T {
  const total = choices.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng() * total;
  for (const [value, weight] of choices) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return choices[choices.length - 1]![0];
}

/** A version-4-shaped UUID from the PRNG. @example uuidFrom(rng) // '3f2a…-4…' */
export function uuidFrom(rng: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rng() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
