const SUB_BITS = 6;
const SUB_BUCKETS = 1 << SUB_BITS;
const HALF = SUB_BUCKETS / 2;
const BUCKETS = 1024;

/**
 * A compact log-linear histogram of latencies (ms, microsecond resolution,
 * ~3% relative error): fixed memory, deterministic quantiles, no sorting.
 *
 * @example
 * const h = new LatencyHistogram();
 * h.record(12.5);
 * h.quantile(0.99); // ≈ 12.5
 */
export class LatencyHistogram {
  private readonly counts = new Uint32Array(BUCKETS);
  count = 0;
  sum = 0;
  max = 0;

  record(ms: number): void {
    const us = ms * 1000;
    const v = us < 1 ? 0 : us > 2147483647 ? 2147483647 : us | 0;
    let idx: number;
    if (v < SUB_BUCKETS) idx = v;
    else {
      const exp = 31 - Math.clz32(v); // >= SUB_BITS
      const shift = exp - SUB_BITS + 1;
      idx = shift * HALF + (v >>> shift);
    }
    this.counts[idx] = (this.counts[idx] as number) + 1;
    this.count++;
    this.sum += ms;
    if (ms > this.max) this.max = ms;
  }

  /** The latency (ms) below which a fraction `q` of recorded values fall; 0 when empty. */
  quantile(q: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i] as number;
      if (seen >= rank) return Math.min(bucketMiddleMs(i), this.max);
    }
    return this.max;
  }

  /** Add another histogram's counts into this one (for per-node figures). */
  merge(other: LatencyHistogram): void {
    for (let i = 0; i < BUCKETS; i++) this.counts[i] = (this.counts[i] as number) + (other.counts[i] as number);
    this.count += other.count;
    this.sum += other.sum;
    if (other.max > this.max) this.max = other.max;
  }

  mean(): number {
    return this.count === 0 ? 0 : this.sum / this.count;
  }
}

function bucketMiddleMs(idx: number): number {
  if (idx < SUB_BUCKETS) return (idx + 0.5) / 1000;
  const shift = Math.floor(idx / HALF) - 1;
  const base = idx - shift * HALF;
  const lo = base * 2 ** shift;
  return (lo + 2 ** shift / 2) / 1000;
}
