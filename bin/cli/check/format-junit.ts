import { breakingChanges, verdictLine, type EventCheck } from './check-result';
import { formatEventBlock } from './format-text';

/**
 * JUnit XML for CI test reports: one testcase per event; a breaking event is a `<failure>`,
 * a schema the registry refused an `<error>`, a new event passes with a note.
 * @example formatJunit(checks).startsWith('<?xml version="1.0" encoding="UTF-8"?>') // true
 */
export function formatJunit(checks: readonly EventCheck[]): string {
  const failures = checks.filter((c) => c.status === 'breaking').length;
  const errors = checks.filter((c) => c.status === 'invalid').length;
  const counts = `tests="${checks.length}" failures="${failures}" errors="${errors}"`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="eventflow check" ${counts}>`,
    `  <testsuite name="eventflow check" ${counts} skipped="0">`,
  ];
  for (const check of checks) {
    const open = `    <testcase classname="eventflow.${attr(check.format)}" name="${attr(check.event)}" file="${attr(check.source)}"`;
    if (check.status === 'breaking') {
      const type = breakingChanges(check.review)[0]?.kind ?? 'STALE_EXAMPLES';
      lines.push(`${open}>`, `      <failure message="${attr(verdictLine(check))}" type="${attr(type)}">${text(formatEventBlock(check))}</failure>`, '    </testcase>');
    } else if (check.status === 'invalid') {
      lines.push(`${open}>`, `      <error message="${attr(check.message)}" type="REFUSED"/>`, '    </testcase>');
    } else {
      lines.push(`${open}>`, `      <system-out>${text(verdictLine(check))}</system-out>`, '    </testcase>');
    }
  }
  lines.push('  </testsuite>', '</testsuites>');
  return `${lines.join('\n')}\n`;
}

/** Characters XML 1.0 cannot hold at all are dropped; markup characters are escaped. */
function text(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
