import { breakingChanges, plural, summaryLine, type EventCheck, type RegistryReview } from './check-result';

/**
 * A pull-request comment: a summary table (Event | Mode | Verdict), then for each breaking
 * event its breaking changes (path and sentence), counterexamples as ```json blocks and the
 * consumers affected.
 * @example formatMarkdown(checks).startsWith('## Eventflow schema check') // true
 */
export function formatMarkdown(checks: readonly EventCheck[]): string {
  const breaking = checks.filter((c) => c.status === 'breaking').length;
  const refused = checks.filter((c) => c.status === 'invalid').length;
  const problems = [breaking > 0 ? `${plural(breaking, 'event')} with breaking changes` : '', refused > 0 ? `${plural(refused, 'schema')} refused by the registry` : ''];
  const headline = breaking + refused === 0 ? '✅ No breaking changes.' : `❌ ${problems.filter(Boolean).join(', ')}.`;
  const lines = ['## Eventflow schema check', '', headline, '', '| Event | Mode | Verdict |', '| --- | --- | --- |'];
  for (const check of checks) lines.push(`| \`${cell(check.event)}\` | ${modeCell(check)} | ${verdictCell(check)} |`);
  lines.push('', summaryLine(checks));
  for (const check of checks) {
    if (check.status === 'breaking') lines.push('', ...breakingSection(check.event, check.review));
    if (check.status === 'invalid') lines.push('', `### ⚠️ \`${check.event}\``, '', `The registry refused this schema: ${plain(check.message)}`);
  }
  return `${lines.join('\n')}\n`;
}

function breakingSection(event: string, review: RegistryReview): string[] {
  const lines = [`### ❌ \`${event}\``, '', `Breaking under \`${review.mode}\`:`, ''];
  for (const change of breakingChanges(review)) {
    lines.push(`- \`${change.path === '' ? '(root)' : change.path}\` (${change.kind}): ${plain(change.message)}`);
    if (change.counterexample) {
      const example = change.counterexample;
      const [writer, reader] = example.acceptedBy === 'old' ? ['old', 'new'] : ['new', 'old'];
      lines.push('', `  Counterexample (${example.direction}): accepted by the ${writer} schema, rejected by the ${reader} one (\`${example.rejection}\`):`, '');
      const json = JSON.stringify(example.payload, null, 2);
      // A fence longer than any backtick run inside, so a payload string cannot end the block.
      const fence = '`'.repeat(Math.max(3, ...[...json.matchAll(/`+/g)].map((m) => m[0].length + 1)));
      lines.push(`  ${fence}json`, ...json.split('\n').map((l) => `  ${l}`), `  ${fence}`);
    }
  }
  for (const stale of review.staleExamples) {
    lines.push(`- Stored example ${stale.index + 1} of version ${stale.version} is rejected: ${plain(stale.errors.join('; '))}`);
  }
  if (review.impact.length > 0) {
    lines.push('', 'Affected consumers:', '');
    for (const impact of review.impact) {
      const what = impact.undeclared ? 'declares no fields read, so any breaking change may hit it' : `reads ${impact.fieldsHit.map((f) => `\`${f}\``).join(', ')}`;
      lines.push(`- **${plain(impact.serviceName)}**: ${what}`);
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
      return `⚠️ refused: ${cell(plain(check.message))}`;
    case 'compatible':
      return '✅ compatible';
    case 'breaking':
      return `❌ breaking (${plural(breakingChanges(check.review).length + check.review.staleExamples.length, 'problem')})`;
  }
}

/** Text outside code spans: `<`/`>` would be read as HTML and vanish from the comment. */
function plain(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Table cells end at `|` and line breaks. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
