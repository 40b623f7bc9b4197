import { describe, expect, it } from 'vitest';
import { routeMatcher } from './route-matcher';

const match = routeMatcher([
  ['/api/v1/workspaces', 'list'],
  ['/api/v1/workspaces/[workspace]', 'workspace'],
  ['/api/v1/workspaces/[workspace]/events/[event]', 'event'],
  ['/api/v1/workspaces/[workspace]/events/[event]/versions', 'versions'],
  ['/api/v1/workspaces/[workspace]/events/special', 'special'],
]);

describe('routeMatcher', () => {
  it('matches whole segments and captures dynamic ones', () => {
    expect(match('/api/v1/workspaces')).toEqual({ value: 'list', params: {} });
    expect(match('/api/v1/workspaces/demo/events/OrderPlaced/versions')).toEqual({ value: 'versions', params: { workspace: 'demo', event: 'OrderPlaced' } });
  });

  it('prefers a static segment to a dynamic one at the same place, as Next does', () => {
    expect(match('/api/v1/workspaces/demo/events/special')?.value).toBe('special');
    expect(match('/api/v1/workspaces/demo/events/specialist')).toEqual({ value: 'event', params: { workspace: 'demo', event: 'specialist' } });
  });

  it('percent-decodes dynamic segments (names with spaces and slashes)', () => {
    expect(match('/api/v1/workspaces/demo/events/Order%20Placed%2Fv2')?.params).toEqual({ workspace: 'demo', event: 'Order Placed/v2' });
  });

  it('leaves to Next what it would normalise or refuse: trailing slashes, empty segments, bad encoding, unknown paths', () => {
    expect(match('/api/v1/workspaces/')).toBeUndefined();
    expect(match('/api/v1//workspaces')).toBeUndefined();
    expect(match('/api/v1/workspaces/demo/events/%E0%A4%A')).toBeUndefined();
    expect(match('/api/v1/workspaces/demo/nothing')).toBeUndefined();
    expect(match('/api/v1/workspaces/demo/events/a/versions/extra')).toBeUndefined();
    expect(match('api/v1/workspaces')).toBeUndefined();
  });

  it('refuses a table with two names for one dynamic place, or a route listed twice', () => {
    expect(() => routeMatcher([['/a/[x]', 1], ['/a/[y]/b', 2]])).toThrow(/clashes/);
    expect(() => routeMatcher([['/a/[x]', 1], ['/a/[x]', 2]])).toThrow(/twice/);
  });
});
