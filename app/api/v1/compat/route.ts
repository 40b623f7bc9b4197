import { CompatRequestSchema } from '@/lib/contracts/compat-inputs';
import { checkCompatibility, InvalidSchemaError, SchemaTooComplexError } from '@/lib/domain/compatibility';
import { unprocessable } from '@/lib/server/errors';
import { errorResponse, json, readBody } from '@/lib/server/http';

/**
 * Stateless compatibility check for CI: no workspace, no database, so it needs no
 * credentials; the body limit and the checker's step budget bound the work.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    const input = await readBody(request, CompatRequestSchema);
    try {
      return json(checkCompatibility(input));
    } catch (error) {
      if (error instanceof InvalidSchemaError) throw unprocessable(error.message, { which: error.which });
      if (error instanceof SchemaTooComplexError) throw unprocessable(error.message, { limit: error.limit });
      throw error;
    }
  } catch (error) {
    return errorResponse(error);
  }
}
