/**
 * Errors a use case raises on purpose. Route handlers and the CLI map them to
 * HTTP statuses / exit codes; anything else is a 500 with no details leaked.
 */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (message: string, details?: unknown) => new AppError(400, message, details);
export const unauthorized = (message = 'Sign in or send Authorization: Bearer <token>.') =>
  new AppError(401, message);
export const forbidden = (message: string) => new AppError(403, message);
export const notFound = (what: string) => new AppError(404, `${what} not found.`);
export const conflict = (message: string, details?: unknown) => new AppError(409, message, details);
export const unprocessable = (message: string, details?: unknown) => new AppError(422, message, details);

/** Postgres unique-violation (P2002 through Prisma) → a 409 naming the clash. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002';
}
