import { answerCompatRequest } from '@/lib/server/compat-answer';
import { DEFAULT_BODY_LIMIT, errorResponse, readText } from '@/lib/server/http';

/**
 * Stateless compatibility check for CI: no workspace, no database, so it needs no
 * credentials; the body limit and the checker's step budget bound the work. In production
 * the server's compat lane (lib/server/lanes) answers first, with the same function.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    const answer = answerCompatRequest(await readText(request, DEFAULT_BODY_LIMIT));
    return Response.json(answer.body, { status: answer.status, headers: answer.headers });
  } catch (error) {
    return errorResponse(error);
  }
}
