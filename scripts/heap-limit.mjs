// V8 sizes a process's heap from the machine's memory (a 4 GB limit on a 24 GB machine) and lets
// it grow lazily: in the load test one app process reached 840 MiB RSS, where a 384 MB cap served
// the same throughput at 417 MiB. So app processes get a limit unless the operator chose one.

/** The app's heap limit (old space, MB) when the operator sets none. */
export const DEFAULT_HEAP_MB = 512;
const HEAP_FLAG = '--max-old-space-size';

/**
 * The node flags that cap an app process's heap: none when the operator already set a limit (a
 * node flag or NODE_OPTIONS; V8 also spells it with underscores), which is then theirs to keep.
 * A limit is fixed when a process starts, so these go on the command line of a new process.
 *
 * @example heapLimitFlags([], '') // ['--max-old-space-size=512']
 * @example heapLimitFlags([], '--max-old-space-size=300') // []
 */
export function heapLimitFlags(execArgv = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? '') {
  const chosen = [...execArgv, ...nodeOptions.split(/\s+/)].some((arg) => arg.replaceAll('_', '-').startsWith(HEAP_FLAG));
  return chosen ? [] : [`${HEAP_FLAG}=${DEFAULT_HEAP_MB}`];
}
