import { CompatRequestSchema } from '@/lib/contracts/compat-inputs';
import { checkCompatibility, InvalidSchemaError, SchemaTooComplexError } from '@/lib/domain/compatibility';
import { unprocessable } from './errors';
import { errorAnswer, parseBodyText, type Answer } from './http';

/**
 * The whole of `POST /api/v1/compat` once its body is read (within the body limit): 200 with the
 * report, 400 for a body that is not a valid request, 422 for an invalid or too complex schema.
 * Stateless (no workspace, no database, no credentials), so the App Router route and the
 * server's node:http lane (lib/server/lanes) give the very same answer.
 *
 * @example
 * answerCompatRequest('{"format":"avro","mode":"BACKWARD","previous":[],"candidate":"\\"string\\""}').status; // 200
 */
export function answerCompatRequest(rawBody: string): Answer {
  try {
    const input = parseBodyText(rawBody, CompatRequestSchema);
    try {
      return { status: 200, body: checkCompatibility(input) };
    } catch (error) {
      if (error instanceof InvalidSchemaError) throw unprocessable(error.message, { which: error.which });
      if (error instanceof SchemaTooComplexError) throw unprocessable(error.message, { limit: error.limit });
      throw error;
    }
  } catch (error) {
    return errorAnswer(error);
  }
}
