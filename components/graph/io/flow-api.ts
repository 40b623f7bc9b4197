import type { FlowEdgeData, FlowGraph, FlowItem, NodeRef, Point } from '../flow-types';

/** A refused or failed API call, with the server's message (e.g. a connection's reason). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  const payload = (await response.json().catch(() => null)) as { error?: string; details?: unknown } | null;
  if (!response.ok) {
    const issues = (payload?.details as { issues?: Array<{ path: string; message: string }> } | undefined)?.issues;
    const detail = issues?.length ? `: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}` : '';
    throw new ApiError(response.status, `${payload?.error ?? `Request failed (${response.status})`}${detail}`, payload?.details);
  }
  return payload as T;
}

export type ItemPatch = Record<string, unknown> & { expectedVersion: number };
const PLURAL = { service: 'services', event: 'events', channel: 'channels' } as const;

/**
 * The browser's client for one flow's HTTP API (session cookie, same origin).
 * Every canvas edit is exactly one of these calls.
 *
 * @example
 * const api = flowApi('demo', 'order-saga');
 * await api.move([{ kind: 'service', refId: id, x: 10, y: 20 }]);
 */
export function flowApi(workspace: string, slug: string) {
  const base = `/api/v1/workspaces/${encodeURIComponent(workspace)}`;
  const flow = `${base}/flows/${encodeURIComponent(slug)}`;
  return {
    graph: () => call<FlowGraph>('GET', flow),
    move: (moves: Array<NodeRef & Point>) => call<{ moved: number }>('PATCH', `${flow}/nodes`, { moves }),
    place: (nodes: Array<NodeRef & Point>) => call<{ added: number }>('POST', `${flow}/nodes`, { nodes }),
    createAndPlace: (kind: FlowItem['kind'], at: Point, item: Record<string, unknown>) =>
      call<FlowItem>('POST', `${flow}/nodes`, { kind, x: at.x, y: at.y, item }),
    remove: (nodes: NodeRef[], scope: 'view' | 'catalog') => call<{ removed: number }>('DELETE', `${flow}/nodes`, { nodes, scope }),
    connect: (source: NodeRef, target: NodeRef) =>
      call<{ kind: FlowEdgeData['kind']; relation: { id: string } }>('POST', `${flow}/edges`, { source, target }),
    disconnect: (edge: FlowEdgeData) => call<void>('DELETE', `${flow}/edges`, { edge }),
    updateItem: (kind: FlowItem['kind'], id: string, patch: ItemPatch) =>
      call<FlowItem['item']>('PATCH', `${base}/${PLURAL[kind]}/${encodeURIComponent(id)}`, patch),
    listItems: async (kind: FlowItem['kind']) => {
      const query = kind === 'channel' ? '' : '?limit=500';
      return (await call<{ items: Array<FlowItem['item']> }>('GET', `${base}/${PLURAL[kind]}${query}`)).items;
    },
    liveUrl: (after: string) => `${base}/live?after=${encodeURIComponent(after)}`,
  };
}

export type FlowApi = ReturnType<typeof flowApi>;
