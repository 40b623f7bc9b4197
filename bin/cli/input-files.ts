import { readFile } from 'node:fs/promises';
import { InputError } from './exit-codes';

/**
 * Reads a text file a command was given; a missing or unreadable one is bad input (exit 2)
 * named by the argument it came from.
 * @example await readInputFile('v2.schema.json', '--new') // '{"type":"object",…}'
 */
export async function readInputFile(file: string, label: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${label} ${file}: ${describeFsError(error)}`);
  }
}

/** `ENOENT` and friends in words, falling back to node's message. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'ENOTDIR') return 'a part of the path is not a directory';
  return error instanceof Error ? error.message : String(error);
}
