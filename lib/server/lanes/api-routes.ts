/**
 * The App Router routes of `/api/v1` the API lane serves (api-lane.ts), by their route path (the
 * folder names under app/). api-routes.test.ts keeps this list equal to the route files on disk.
 */

/** A route module as the lane sees it: its exports by name (`GET`, `POST`, …). */
export type RouteModule = Record<string, unknown>;

/** Routes left to Next's router, and why (the drift test requires a reason for each). */
export const ROUTES_LEFT_TO_NEXT: Record<string, string> = {
  '/api/v1/compat': 'has its own lane (compat-lane.ts), which needs no session or database',
  '/api/v1/workspaces/[workspace]/live': 'a long-lived event stream, aborted on disconnect by Next',
};

export const API_ROUTES: Array<[path: string, load: () => Promise<RouteModule>]> = [
  ['/api/v1/invitations/[secret]/accept', () => import('@/app/api/v1/invitations/[secret]/accept/route')],
  ['/api/v1/workspaces/[workspace]/asyncapi', () => import('@/app/api/v1/workspaces/[workspace]/asyncapi/route')],
  ['/api/v1/workspaces/[workspace]/changes', () => import('@/app/api/v1/workspaces/[workspace]/changes/route')],
  ['/api/v1/workspaces/[workspace]/channels/[channel]', () => import('@/app/api/v1/workspaces/[workspace]/channels/[channel]/route')],
  ['/api/v1/workspaces/[workspace]/channels', () => import('@/app/api/v1/workspaces/[workspace]/channels/route')],
  ['/api/v1/workspaces/[workspace]/consumers/[id]', () => import('@/app/api/v1/workspaces/[workspace]/consumers/[id]/route')],
  ['/api/v1/workspaces/[workspace]/consumers', () => import('@/app/api/v1/workspaces/[workspace]/consumers/route')],
  ['/api/v1/workspaces/[workspace]/events/[event]/compare', () => import('@/app/api/v1/workspaces/[workspace]/events/[event]/compare/route')],
  ['/api/v1/workspaces/[workspace]/events/[event]', () => import('@/app/api/v1/workspaces/[workspace]/events/[event]/route')],
  ['/api/v1/workspaces/[workspace]/events/[event]/versions/[version]', () => import('@/app/api/v1/workspaces/[workspace]/events/[event]/versions/[version]/route')],
  ['/api/v1/workspaces/[workspace]/events/[event]/versions', () => import('@/app/api/v1/workspaces/[workspace]/events/[event]/versions/route')],
  ['/api/v1/workspaces/[workspace]/events', () => import('@/app/api/v1/workspaces/[workspace]/events/route')],
  ['/api/v1/workspaces/[workspace]/flows/[flow]/edges', () => import('@/app/api/v1/workspaces/[workspace]/flows/[flow]/edges/route')],
  ['/api/v1/workspaces/[workspace]/flows/[flow]/nodes', () => import('@/app/api/v1/workspaces/[workspace]/flows/[flow]/nodes/route')],
  ['/api/v1/workspaces/[workspace]/flows/[flow]', () => import('@/app/api/v1/workspaces/[workspace]/flows/[flow]/route')],
  ['/api/v1/workspaces/[workspace]/flows', () => import('@/app/api/v1/workspaces/[workspace]/flows/route')],
  ['/api/v1/workspaces/[workspace]/import/asyncapi', () => import('@/app/api/v1/workspaces/[workspace]/import/asyncapi/route')],
  ['/api/v1/workspaces/[workspace]/invitations', () => import('@/app/api/v1/workspaces/[workspace]/invitations/route')],
  ['/api/v1/workspaces/[workspace]/members/[user]', () => import('@/app/api/v1/workspaces/[workspace]/members/[user]/route')],
  ['/api/v1/workspaces/[workspace]/members', () => import('@/app/api/v1/workspaces/[workspace]/members/route')],
  ['/api/v1/workspaces/[workspace]/producers/[id]', () => import('@/app/api/v1/workspaces/[workspace]/producers/[id]/route')],
  ['/api/v1/workspaces/[workspace]/producers', () => import('@/app/api/v1/workspaces/[workspace]/producers/route')],
  ['/api/v1/workspaces/[workspace]', () => import('@/app/api/v1/workspaces/[workspace]/route')],
  ['/api/v1/workspaces/[workspace]/services/[service]', () => import('@/app/api/v1/workspaces/[workspace]/services/[service]/route')],
  ['/api/v1/workspaces/[workspace]/services', () => import('@/app/api/v1/workspaces/[workspace]/services/route')],
  ['/api/v1/workspaces/[workspace]/simulations', () => import('@/app/api/v1/workspaces/[workspace]/simulations/route')],
  ['/api/v1/workspaces/[workspace]/tokens/[id]', () => import('@/app/api/v1/workspaces/[workspace]/tokens/[id]/route')],
  ['/api/v1/workspaces/[workspace]/tokens', () => import('@/app/api/v1/workspaces/[workspace]/tokens/route')],
  ['/api/v1/workspaces', () => import('@/app/api/v1/workspaces/route')],
];
