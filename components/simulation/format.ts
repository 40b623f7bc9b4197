/**
 * Compact numbers for badges and tables: 1234 → "1.2k", 0.5 → "0.5".
 *
 * @example
 * compact(15320); // '15.3k'
 */
export function compact(n: number): string {
  if (!Number.isFinite(n)) return '–';
  const abs = Math.abs(n);
  if (abs >= 1_000_000) return `${(n / 1_000_000).toFixed(1)}M`;
  if (abs >= 10_000) return `${(n / 1000).toFixed(1)}k`;
  if (Number.isInteger(n)) return String(n);
  return abs >= 100 ? n.toFixed(0) : abs >= 10 ? n.toFixed(1) : n.toFixed(2);
}

/**
 * Virtual milliseconds as a short duration.
 *
 * @example
 * duration(61_500); // '1m 1.5s'
 */
export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(2)} s`;
  return `${Math.floor(s / 60)}m ${(s % 60).toFixed(1)}s`;
}
