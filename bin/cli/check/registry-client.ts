import { OperationError } from '../exit-codes';
import type { LocalSchema } from './local-schemas';
import type { EventCheck, RegistryReview } from './check-result';

/** The registry's answer for one local schema: a review, no such event yet, or a refusal (422). */
export type ReviewAnswer = { kind: 'review'; review: RegistryReview } | { kind: 'new' } | { kind: 'refused'; message: string };

/** The two calls `eventflow check` makes to a running Eventflow server. */
export interface RegistryClient {
  /** The slug of the workspace the token belongs to. */
  workspaceSlug(): Promise<string>;
  review(workspace: string, local: LocalSchema): Promise<ReviewAnswer>;
}

/**
 * An HTTP client of Eventflow's API with a bearer token. Network failures, a refused token
 * and unexpected statuses throw OperationError (exit 1) with one clear line.
 * @example const slug = await registryClient('http://localhost:3000', token).workspaceSlug();
 */
export function registryClient(server: string, token: string): RegistryClient {
  const base = server.replace(/\/+$/, '');
  const call = async (path: string, init: RequestInit = {}): Promise<{ status: number; body: unknown }> => {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${token}`, accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) },
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new OperationError(`cannot reach the Eventflow server at ${base}: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
    }
    const text = await response.text();
    let body: unknown = undefined;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    if (response.status === 401) throw new OperationError(`the token was refused by ${base} (HTTP 401${errorText(body) ? `: ${errorText(body)}` : ''})`);
    return { status: response.status, body };
  };
  const unexpected = (path: string, answer: { status: number; body: unknown }) =>
    new OperationError(`${base}${path} answered HTTP ${answer.status}${errorText(answer.body) ? `: ${errorText(answer.body)}` : ''}`);

  return {
    async workspaceSlug() {
      const path = '/api/v1/workspaces';
      const answer = await call(path);
      if (answer.status !== 200) throw unexpected(path, answer);
      const slug = (answer.body as { items?: Array<{ slug?: unknown }> } | undefined)?.items?.[0]?.slug;
      if (typeof slug !== 'string') throw new OperationError(`${base}${path} lists no workspace for this token`);
      return slug;
    },
    async review(workspace, local) {
      const path = `/api/v1/workspaces/${encodeURIComponent(workspace)}/events/${encodeURIComponent(local.event)}/versions?dryRun=true`;
      const answer = await call(path, { method: 'POST', body: JSON.stringify({ format: local.format, schema: local.schema, examples: [] }) });
      if (answer.status === 200) return { kind: 'review', review: answer.body as RegistryReview };
      if (answer.status === 404) return { kind: 'new' };
      if (answer.status === 422 || answer.status === 400) return { kind: 'refused', message: errorText(answer.body) || `HTTP ${answer.status}` };
      throw unexpected(path, answer);
    },
  };
}

function errorText(body: unknown): string {
  const error = (body as { error?: unknown } | undefined)?.error;
  return typeof error === 'string' ? error : '';
}

/**
 * Reviews every local schema against the registry, in order, as EventChecks.
 * @example await checkSchemas(registryClient(url, token), await readLocalSchemas('schemas'))
 */
export async function checkSchemas(client: RegistryClient, locals: readonly LocalSchema[]): Promise<EventCheck[]> {
  const workspace = await client.workspaceSlug();
  const checks: EventCheck[] = [];
  for (const local of locals) {
    const base = { event: local.event, format: local.format, source: local.source };
    const answer = await client.review(workspace, local);
    if (answer.kind === 'new') checks.push({ ...base, status: 'new' });
    else if (answer.kind === 'refused') checks.push({ ...base, status: 'invalid', message: answer.message });
    else checks.push({ ...base, status: answer.review.compatible ? 'compatible' : 'breaking', review: answer.review });
  }
  return checks;
}
