/**
 * Calls Next route handlers directly with real `Request`s: the same code path as the
 * server minus the network, so API tests are fast and need no build.
 */
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export async function call(
  handler: Handler | undefined,
  params: Record<string, string>,
  init: { method?: string; token?: string; body?: string | object; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: unknown }> {
  if (!handler) throw new Error('No handler exported for this method');
  const body = typeof init.body === 'string' || init.body === undefined ? init.body : JSON.stringify(init.body);
  const request = new Request('http://localhost/api/test', {
    method: init.method ?? 'GET',
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...init.headers,
    },
    body,
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  return { status: response.status, body: text && isJson ? JSON.parse(text) : text || null };
}
