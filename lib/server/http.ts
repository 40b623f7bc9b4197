import { z } from 'zod';
import type { Actor, Principal } from './actor';
import { actorIn, resolvePrincipal } from './access';
import type { Database } from './db';
import { AppError, badRequest, unauthorized } from './errors';
import { db } from './runtime';

/** Bodies beyond this are refused with 413 before they are parsed. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;
const MAX_JSON_DEPTH = 64;

export interface RequestContext {
  db: Database;
  request: Request;
  principal: Principal | null;
}

type Params = Promise<Record<string, string | string[]>>;

/**
 * Wraps a route handler: resolves the caller, maps `AppError`s to JSON
 * `{error, details?}` with their status, and turns anything unexpected into a
 * bare 500 (logged on the server, never a stack trace to the client).
 */
export function route<P extends Record<string, string>>(
  handler: (ctx: RequestContext, params: P) => Promise<Response>,
) {
  return async (request: Request, context: { params: Params }): Promise<Response> => {
    try {
      const database = await db();
      const principal = await resolvePrincipal(database, request.headers);
      if (principal?.kind === 'user') assertSameOrigin(request);
      const params = (await context.params) as P;
      return await handler({ db: database, request, principal }, params);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export function errorResponse(error: unknown): Response {
  const answer = errorAnswer(error);
  const response = json(answer.body, answer.status);
  for (const [name, value] of Object.entries(answer.headers ?? {})) response.headers.set(name, value);
  return response;
}

/** A status, JSON body and headers, whichever server writes them (Next or a node:http lane). */
export interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** What an error becomes for the client: `{error, details?}` for AppErrors, 503 when busy, else a bare 500. */
export function errorAnswer(error: unknown): Answer {
  if (error instanceof AppError) {
    return { status: error.status, body: { error: error.message, ...(error.details !== undefined ? { details: error.details } : {}) } };
  }
  if (isBusy(error)) {
    // The database pool is saturated: a retryable condition, not a failure of the request.
    return { status: 503, body: { error: 'The server is busy; retry shortly.' }, headers: { 'retry-after': '1' } };
  }
  console.error('Unexpected error in route handler', error);
  return { status: 500, body: { error: 'Internal server error.' } };
}

/** The caller's standing in the workspace named by the URL (401 if anonymous, 404 if not theirs). */
export function actorFor(ctx: RequestContext, slug: string): Promise<Actor> {
  return actorIn(ctx.db, ctx.principal, slug);
}

export function requirePrincipal(ctx: RequestContext): Principal {
  if (!ctx.principal) throw unauthorized();
  return ctx.principal;
}

/** Reads a JSON body within a size and depth limit and validates it with `schema`. */
export async function readBody<T extends z.ZodType>(request: Request, schema: T, limit = DEFAULT_BODY_LIMIT): Promise<z.infer<T>> {
  return parseBodyText(await readText(request, limit), schema);
}

/** A body already read within its size limit: JSON, within the depth limit, valid for `schema` (else 400). */
export function parseBodyText<T extends z.ZodType>(raw: string, schema: T): z.infer<T> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw badRequest(`Body is not valid JSON: ${(error as Error).message}`);
  }
  if (jsonDepth(json) > MAX_JSON_DEPTH) throw badRequest(`Body nests deeper than ${MAX_JSON_DEPTH} levels.`);
  return parseWith(schema, json);
}

export function parseWith<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw badRequest('Invalid input.', {
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  return parsed.data;
}

/** 413, the same words whichever server reads the body. */
export const bodyTooLarge = (limit: number) => new AppError(413, `Body is larger than ${limit} bytes.`);

export async function readText(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) throw bodyTooLarge(limit);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw bodyTooLarge(limit);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** Depth of a parsed JSON value, iteratively (a hostile body must not overflow the stack). */
export function jsonDepth(value: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    max = Math.max(max, depth);
    if (max > MAX_JSON_DEPTH) return max;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return max;
}

/** Where `json` keeps a response's JSON text, so a server lane can send it without reading the body stream back. */
export const JSON_TEXT = Symbol('eventflow.jsonText');

/** `Response.json(data, {status})`, remembering its text (see JSON_TEXT). */
export function json(data: unknown, status = 200): Response {
  const text = JSON.stringify(data);
  if (text === undefined) throw new TypeError('Value is not JSON serializable');
  const response = new Response(text, { status, headers: { 'content-type': 'application/json' } });
  (response as Response & { [JSON_TEXT]?: string })[JSON_TEXT] = text;
  return response;
}
export const noContent = () => new Response(null, { status: 204 });

export function searchParams(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams.entries());
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF guard for cookie-authenticated writes: the browser must say the request
 * comes from this same origin. Bearer-token calls carry no ambient cookie and skip it.
 */
export function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const site = request.headers.get('sec-fetch-site');
  if (site === 'same-origin' || site === 'none') return;
  const origin = request.headers.get('origin');
  const host = request.headers.get('host');
  if (origin && host && URL.canParse(origin) && new URL(origin).host === host) return;
  throw new AppError(403, 'Cross-site request refused: writes with a session cookie must come from this site.');
}

/** Prisma's "could not start a transaction in time" (P2028) and pool timeouts. */
function isBusy(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error.code === 'P2028' || error.code === 'P2024');
}
