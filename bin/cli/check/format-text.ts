import { breakingChanges, summaryLine, verdictLine, type EventCheck, type RegistryReview } from './check-result';

/**
 * The terminal form of `eventflow check`: one block per event (verdict, then the breaking
 * changes with their counterexamples and the consumers they hit), and a summary line.
 * @example formatText([{ event: 'A', format: 'avro', source: 'A.avsc', status: 'new' }]) // 'A (A.avsc): new, nothing to compare\n\n1 event checked: 1 new.\n'
 */
export function formatText(checks: readonly EventCheck[]): string {
  return `${[...checks.map(formatEventBlock), summaryLine(checks)].join('\n\n')}\n`;
}

/**
 * One event's block of the text form (no trailing newline); JUnit reuses it as a failure's body.
 * @example formatEventBlock(check).split('\n')[0] // 'OrderPlaced (OrderPlaced.schema.json): BREAKING under BACKWARD: 1 breaking change'
 */
export function formatEventBlock(check: EventCheck): string {
  const lines = [`${check.event} (${check.source}): ${verdictLine(check)}`];
  if (check.status !== 'breaking') return lines.join('\n');
  for (const change of breakingChanges(check.review)) {
    lines.push(`  - ${change.kind} at ${change.path === '' ? '(root)' : change.path}: ${change.message}`);
    if (change.counterexample) {
      lines.push(`    counterexample (${change.counterexample.direction}, ${change.counterexample.rejection}):`);
      for (const line of JSON.stringify(change.counterexample.payload, null, 2).split('\n')) lines.push(`      ${line}`);
    }
  }
  for (const stale of check.review.staleExamples) {
    lines.push(`  - stored example ${stale.index + 1} of version ${stale.version} is rejected: ${stale.errors.join('; ')}`);
  }
  if (check.review.impact.length > 0) {
    lines.push(`  affected consumers: ${check.review.impact.map(consumerText).join(', ')}`);
  }
  return lines.join('\n');
}

function consumerText(impact: RegistryReview['impact'][number]): string {
  if (impact.undeclared) return `${impact.serviceName} (declares no fields read)`;
  return `${impact.serviceName} (reads ${impact.fieldsHit.join(', ')})`;
}
