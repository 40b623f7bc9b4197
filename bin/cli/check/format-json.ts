import type { EventCheck } from './check-result';

/**
 * The machine form of `eventflow check`: the array of per-event checks, each with the
 * registry's full review when there was one.
 * @example JSON.parse(formatJson(checks))[0].status // 'breaking'
 */
export function formatJson(checks: readonly EventCheck[]): string {
  return `${JSON.stringify(checks, null, 2)}\n`;
}
