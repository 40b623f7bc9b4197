const UNITS: Array<[unit: Intl.RelativeTimeFormatUnit, seconds: number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

const FORMAT = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/**
 * How long ago `iso` was, seen from `now`, in the largest whole unit ("3 minutes ago",
 * "yesterday"). Anything under a minute reads "just now"; a time slightly ahead of
 * `now` (clock skew between app instances) reads "just now" too.
 *
 * @example
 * relativeTime('2026-01-01T10:00:00Z', new Date('2026-01-01T10:05:00Z')); // '5 minutes ago'
 */
export function relativeTime(iso: string, now: Date): string {
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return iso;
  const seconds = Math.round((now.getTime() - then) / 1000);
  if (Math.abs(seconds) < 60) return 'just now';
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return FORMAT.format(-Math.trunc(seconds / size), unit);
  }
  return 'just now';
}
