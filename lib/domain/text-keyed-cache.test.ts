import { describe, expect, it } from 'vitest';
import { TextKeyedCache } from './text-keyed-cache';

describe('TextKeyedCache', () => {
  it('computes a text once and serves it from then on', () => {
    const cache = new TextKeyedCache<string>(100);
    let calls = 0;
    const shout = (text: string) => (calls++, text.toUpperCase());
    expect(cache.get('abc', shout)).toBe('ABC');
    expect(cache.get('abc', shout)).toBe('ABC');
    expect(calls).toBe(1);
    // A changed text is another key: nothing stale is served.
    expect(cache.get('abd', shout)).toBe('ABD');
    expect(calls).toBe(2);
  });

  it('keeps at most its budget of characters, dropping the least recently used first', () => {
    const cache = new TextKeyedCache<number>(10);
    const length = (text: string) => text.length;
    cache.get('aaaa', length);
    cache.get('bbbb', length);
    cache.get('aaaa', length); // now the most recently used
    cache.get('cccc', length); // 12 characters: 'bbbb' goes
    expect(cache.count).toBe(2);
    let recomputed = 0;
    cache.get('aaaa', () => (recomputed++, 0));
    expect(recomputed).toBe(0);
    cache.get('bbbb', () => (recomputed++, 4));
    expect(recomputed).toBe(1);
  });

  it('does not keep a text longer than the whole budget', () => {
    const cache = new TextKeyedCache<number>(3);
    expect(cache.get('abcdef', (text) => text.length)).toBe(6);
    expect(cache.count).toBe(0);
  });
});
