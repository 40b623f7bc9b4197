import { describe, expect, it } from 'vitest';
import { DEFAULT_HEAP_MB, heapLimitFlags } from './heap-limit.mjs';

describe('the app heap limit', () => {
  it('is added when the operator set none', () => {
    expect(heapLimitFlags([], '')).toEqual([`--max-old-space-size=${DEFAULT_HEAP_MB}`]);
    expect(heapLimitFlags(['--enable-source-maps'], '--import ./preload.mjs')).toEqual([`--max-old-space-size=${DEFAULT_HEAP_MB}`]);
  });

  it('leaves a limit the operator set on the command line or in NODE_OPTIONS, in either spelling', () => {
    expect(heapLimitFlags(['--max-old-space-size=2048'], '')).toEqual([]);
    expect(heapLimitFlags([], '--import ./preload.mjs --max-old-space-size=300')).toEqual([]);
    expect(heapLimitFlags([], '--max_old_space_size=300')).toEqual([]);
  });
});
