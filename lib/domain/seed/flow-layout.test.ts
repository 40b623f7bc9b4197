import { describe, expect, it } from 'vitest';
import { columnLayout, event, service } from './flow-layout';

describe('columnLayout', () => {
  it('places columns 300px apart and centres each column on the tallest', () => {
    expect(columnLayout([[service('A')], [event('E'), event('F'), event('G')], [service('B'), service('C')]])).toEqual([
      { kind: 'service', name: 'A', x: 0, y: 150 },
      { kind: 'event', name: 'E', x: 300, y: 0 },
      { kind: 'event', name: 'F', x: 300, y: 150 },
      { kind: 'event', name: 'G', x: 300, y: 300 },
      { kind: 'service', name: 'B', x: 600, y: 75 },
      { kind: 'service', name: 'C', x: 600, y: 225 },
    ]);
  });

  it('honours custom gaps and handles no columns', () => {
    expect(columnLayout([[service('A')], [event('E'), event('F')]], { columnGap: 200, rowGap: 100 })).toEqual([
      { kind: 'service', name: 'A', x: 0, y: 50 },
      { kind: 'event', name: 'E', x: 200, y: 0 },
      { kind: 'event', name: 'F', x: 200, y: 100 },
    ]);
    expect(columnLayout([])).toEqual([]);
  });
});
