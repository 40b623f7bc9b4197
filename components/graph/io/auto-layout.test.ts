import { describe, expect, it } from 'vitest';
import { layoutLeftToRight } from './auto-layout';

describe('layoutLeftToRight', () => {
  it('puts producers left of their events and consumers right of them', async () => {
    const node = (id: string) => ({ id, width: 190, height: 70 });
    const at = await layoutLeftToRight(
      [node('consumer'), node('event'), node('producer')],
      [
        { id: 'p', source: 'producer', target: 'event' },
        { id: 'c', source: 'event', target: 'consumer' },
      ],
    );
    expect(at.get('producer')!.x).toBeLessThan(at.get('event')!.x);
    expect(at.get('event')!.x).toBeLessThan(at.get('consumer')!.x);
  });

  it('does not overlap unconnected nodes', async () => {
    const at = await layoutLeftToRight([{ id: 'a', width: 190, height: 70 }, { id: 'b', width: 190, height: 70 }], []);
    const [a, b] = [at.get('a')!, at.get('b')!];
    expect(Math.abs(a.y - b.y) >= 70 || Math.abs(a.x - b.x) >= 190).toBe(true);
  });
});
