import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time';

const NOW = new Date('2026-03-10T12:00:00Z');

describe('relativeTime', () => {
  it('reads anything under a minute as "just now", including slight clock skew ahead', () => {
    expect(relativeTime('2026-03-10T11:59:30Z', NOW)).toBe('just now');
    expect(relativeTime('2026-03-10T12:00:20Z', NOW)).toBe('just now');
  });

  it('uses the largest whole unit', () => {
    expect(relativeTime('2026-03-10T11:55:00Z', NOW)).toBe('5 minutes ago');
    expect(relativeTime('2026-03-10T09:00:00Z', NOW)).toBe('3 hours ago');
    expect(relativeTime('2026-03-09T12:00:00Z', NOW)).toBe('yesterday');
    expect(relativeTime('2026-02-24T12:00:00Z', NOW)).toBe('2 weeks ago');
    expect(relativeTime('2025-03-01T12:00:00Z', NOW)).toBe('last year');
  });

  it('rounds down within a unit: 119 minutes is one hour, not two', () => {
    expect(relativeTime('2026-03-10T10:01:00Z', NOW)).toBe('1 hour ago');
  });

  it('returns text it cannot read as a time unchanged', () => {
    expect(relativeTime('not a date', NOW)).toBe('not a date');
  });
});
