import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_ROUTES, ROUTES_LEFT_TO_NEXT } from './api-routes';

const APP = path.resolve(__dirname, '../../../app');

/** Every `/api/v1` route path on disk, from its folder names (`/api/v1/workspaces/[workspace]`). */
function routePaths(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routePaths(full);
    return name === 'route.ts' ? [`/${path.relative(APP, dir).split(path.sep).join('/')}`] : [];
  });
}

describe('the API lane’s route table', () => {
  it('lists every /api/v1 route on disk exactly once, or says why Next keeps it', () => {
    const onDisk = routePaths(path.join(APP, 'api/v1')).sort();
    const listed = [...API_ROUTES.map(([route]) => route), ...Object.keys(ROUTES_LEFT_TO_NEXT)].sort();
    expect(listed).toEqual(onDisk);
    expect(new Set(listed).size).toBe(listed.length);
    for (const reason of Object.values(ROUTES_LEFT_TO_NEXT)) expect(reason.length).toBeGreaterThan(10);
  });

  it('serves only handlers that need nothing of Next’s request scope (no next/* imports in the route files)', () => {
    for (const [route] of API_ROUTES) {
      const source = readFileSync(path.join(APP, route, 'route.ts'), 'utf8');
      expect(source, route).not.toMatch(/from ['"]next\//);
    }
  });

  it('loads, for each path, the handlers of that very route file', async () => {
    for (const [route, load] of API_ROUTES) {
      const fromTable = await load();
      const fromFile = (await import(/* @vite-ignore */ path.join(APP, route, 'route.ts'))) as Record<string, unknown>;
      const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((m) => typeof fromFile[m] === 'function');
      expect(methods.length, route).toBeGreaterThan(0);
      for (const method of methods) expect(fromTable[method], `${method} ${route}`).toBe(fromFile[method]);
    }
  });
});
