import { AppError } from '@/lib/server/errors';
import { StoreBusyError } from '@/lib/server/store-lock';

/** The contract scripts rely on; `eventflow --help` states it. */
export const EXIT = {
  ok: 0,
  /**
   * The operation failed (not found, conflict, not allowed, store busy, server unreachable,
   * unexpected error) or found what it looks for: an incompatible schema, a breaking change,
   * a contract violation.
   */
  failed: 1,
  /** Bad usage or input: unknown command or flag, missing or invalid value, bad environment. */
  usage: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Bad arguments, caught before (or instead of) touching the store. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    /** The verb whose usage to point at, e.g. "workspace create". */
    readonly command?: string,
  ) {
    super(message);
  }
}

/**
 * Bad input found while running: an unreadable file, an invalid schema or document.
 * Exit 2 like a usage error, but without the pointer to --help; `details` are extra
 * stderr lines (e.g. one `path: message` per diagnostic).
 */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

/** A failure worth one clear line and no stack hint, e.g. "the token was refused": exit 1. */
export class OperationError extends Error {
  override name = 'OperationError';
}

/**
 * The exit code for an error a command ended with. A 400 or 422 from a use case is bad
 * input (2); every other AppError status is a failed operation (1).
 * @example exitCodeFor(notFound('Workspace "x"')) // 1
 */
export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof UsageError || error instanceof InputError) return EXIT.usage;
  if (error instanceof AppError) return error.status === 400 || error.status === 422 ? EXIT.usage : EXIT.failed;
  if (error instanceof StoreBusyError) return EXIT.failed;
  return EXIT.failed;
}

/**
 * One line for stderr. Unexpected errors show their first line only, plus a hint;
 * EVENTFLOW_DEBUG=1 adds the stack.
 */
export function describeError(error: unknown, debug: boolean): string {
  if (error instanceof InputError) return `error: ${error.message}\n${error.details.map((line) => `${line}\n`).join('')}`;
  if (error instanceof UsageError || error instanceof AppError || error instanceof StoreBusyError || error instanceof OperationError) {
    return `error: ${error.message}\n`;
  }
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? 'unknown error';
  const name = error instanceof Error && error.name !== 'Error' ? `${error.name}: ` : '';
  if (debug) return `error: ${name}${firstLine}\n${error instanceof Error ? (error.stack ?? '') : ''}\n`;
  return `error: ${name}${firstLine} (set EVENTFLOW_DEBUG=1 for details)\n`;
}
