import type { EventCheck } from './check-result';
import { formatJson } from './format-json';
import { formatJunit } from './format-junit';
import { formatMarkdown } from './format-markdown';
import { formatText } from './format-text';

/** The output formats of `eventflow check --format`. */
export const CHECK_FORMATS = ['text', 'json', 'markdown', 'junit'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/**
 * Renders checks in the chosen format.
 * @example renderChecks(checks, 'junit')
 */
export function renderChecks(checks: readonly EventCheck[], format: CheckFormat): string {
  const render = { text: formatText, json: formatJson, markdown: formatMarkdown, junit: formatJunit } satisfies Record<CheckFormat, unknown>;
  return render[format](checks);
}
