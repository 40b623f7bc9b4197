import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerCompatRequest } from '../compat-answer';
import { bodyTooLarge, DEFAULT_BODY_LIMIT, errorAnswer, type Answer } from '../http';

/**
 * `POST /api/v1/compat` on plain node:http: reads the body within the same limit as the route
 * (413 as soon as it is exceeded, declared or streamed) and writes `answerCompatRequest`'s answer.
 */
export function compatLane(request: IncomingMessage, response: ServerResponse, limit = DEFAULT_BODY_LIMIT): void {
  if (Number(request.headers['content-length'] ?? '0') > limit) {
    refuse(request, response, limit);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let refused = false;
  request.on('data', (chunk: Buffer) => {
    if (refused) return;
    size += chunk.byteLength;
    if (size > limit) {
      refused = true;
      refuse(request, response, limit);
      return;
    }
    chunks.push(chunk);
  });
  request.on('end', () => {
    if (!refused) writeAnswer(response, answerCompatRequest(Buffer.concat(chunks).toString('utf8')));
  });
  request.on('error', () => response.destroy());
}

/** 413, then close the connection: the rest of an oversized body is never read. */
function refuse(request: IncomingMessage, response: ServerResponse, limit: number): void {
  writeAnswer(response, errorAnswer(bodyTooLarge(limit)), { connection: 'close' });
  response.once('finish', () => request.destroy());
}

function writeAnswer(response: ServerResponse, answer: Answer, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(answer.body);
  response.writeHead(answer.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-eventflow-lane': 'compat',
    ...answer.headers,
    ...extra,
  });
  response.end(text);
}
