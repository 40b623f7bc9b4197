import { breakingChanges, summaryLine, type EventCheck, type RegistryReview } from './check-result';

/**
 * A pull-request comment: a summary table (Event | Mode | Verdict), then for each breaking
 * event its breaking changes (path and sentence), counterexamples as ```json blocks and the
 * consumers affected.
 * @example formatMarkdown(checks).startsWith('## Eventflow schema check') // true
 */
export function formatMarkdown(checks: readonly EventCheck[]): string {
  const failing = checks.filter((c) => c.status === 'breaking' || c.status === 'invalid').length;
  const headline = failing === 0 ? '✅ No breaking changes.' : `❌ ${failing} of ${checks.length} events would break their consumers or were refused.`;
  const lines = ['## Eventflow schema check', '', headline, '', '| Event | Mode | Verdict |', '| --- | --- | --- |'];
  for (const check of checks) lines.push(`| \`${cell(check.event)}\` | ${modeCell(check)} | ${verdictCell(check)} |`);
  lines.push('', summaryLine(checks));
  for (const check of checks) {
    if (check.status === 'breaking') lines.push('', ...breakingSection(check.event, check.review));
    if (check.status === 'invalid') lines.push('', `### ⚠️ \`${check.event}\``, '', `The registry refused this schema: ${check.message}`);
  }
  return `${lines.join('\n')}\n`;
}

function breakingSection(event: string, review: RegistryReview): string[] {
  const lines = [`### ❌ \`${event}\``, '', `Breaking under \`${review.mode}\`:`, ''];
  for (const change of breakingChanges(review)) {
    lines.push(`- \`${change.path === '' ? '(root)' : change.path}\` (${change.kind}): ${change.message}`);
    if (change.counterexample) {
      const example = change.counterexample;
      const [writer, reader] = example.acceptedBy === 'old' ? ['old', 'new'] : ['new', 'old'];
      lines.push('', `  Counterexample (${example.direction}): accepted by the ${writer} schema, rejected by the ${reader} one (\`${example.rejection}\`):`, '');
      lines.push('  ```json', ...JSON.stringify(example.payload, null, 2).split('\n').map((l) => `  ${l}`), '  ```');
    }
  }
  for (const stale of review.staleExamples) {
    lines.push(`- Stored example ${stale.index + 1} of version ${stale.version} is rejected: ${stale.errors.join('; ')}`);
  }
  if (review.impact.length > 0) {
    lines.push('', 'Affected consumers:', '');
    for (const impact of review.impact) {
      const what = impact.undeclared ? 'declares no fields read, so any breaking change may hit it' : `reads ${impact.fieldsHit.map((f) => `\`${f}\``).join(', ')}`;
      lines.push(`- **${impact.serviceName}**: ${what}`);
    }
  }
  return lines;
}

function modeCell(check: EventCheck): string {
  return check.status === 'compatible' || check.status === 'breaking' ? `\`${check.review.mode}\`` : '—';
}

function verdictCell(check: EventCheck): string {
  switch (check.status) {
    case 'new':
      return '🆕 new, nothing to compare';
    case 'invalid':
      return `⚠️ refused: ${cell(check.message)}`;
    case 'compatible':
      return '✅ compatible';
    case 'breaking':
      return `❌ breaking (${breakingChanges(check.review).length + check.review.staleExamples.length})`;
  }
}

/** Table cells end at `|` and line breaks. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
