import type { LatencyDistribution } from './simulation-model';

/**
 * A tiny seeded PRNG (mulberry32): 32 bits of state, fast, good enough for
 * simulation draws. Hand-rolled so runs are reproducible everywhere.
 *
 * @example
 * const rng = new SeededRandom(42);
 * rng.next(); // same number for seed 42, every time
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
}

/**
 * An independent stream per purpose (producer, subscription, faults), so changing
 * one consumer's settings does not reshuffle every other random draw.
 *
 * @example
 * const rng = deriveRandom(42, 7);
 */
export function deriveRandom(seed: number, stream: number): SeededRandom {
  // splitmix-style mixing of (seed, stream) into a fresh 32-bit state
  let h = (seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return new SeededRandom((h ^ (h >>> 16)) >>> 0);
}

/**
 * One draw (ms) from a latency distribution, never negative.
 *
 * @example
 * sampleLatency({ kind: 'uniform', minMs: 5, maxMs: 15 }, new SeededRandom(1)); // 5..15
 */
export function sampleLatency(d: LatencyDistribution, rng: SeededRandom): number {
  switch (d.kind) {
    case 'constant':
      return d.ms;
    case 'uniform':
      return d.minMs + (d.maxMs - d.minMs) * rng.next();
    case 'exponential':
      return -d.meanMs * Math.log(1 - rng.next());
    case 'lognormal': {
      // Box-Muller for one standard normal draw
      const u = 1 - rng.next();
      const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
      return d.medianMs * Math.exp(d.sigma * z);
    }
  }
}
