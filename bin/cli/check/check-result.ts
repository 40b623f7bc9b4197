import type { CandidateReview } from '@/lib/server/catalog/review-candidate';
import type { SchemaFormat } from '@/lib/domain/model';

/** The registry's answer to a dry-run publish (`POST …/versions?dryRun=true`), as JSON. */
export type RegistryReview = CandidateReview;

/** One local schema, compared or not, as every output format sees it. */
export type EventCheck = {
  event: string;
  format: SchemaFormat;
  /** Where the schema came from: a file, or `file#event` inside an AsyncAPI document. */
  source: string;
} & (
  | { status: 'new' }
  | { status: 'compatible' | 'breaking'; review: RegistryReview }
  /** The registry refused to review it (invalid schema, format mismatch): the message says why. */
  | { status: 'invalid'; message: string }
);

/**
 * The changes of a review that break the event's mode.
 * @example breakingChanges(review).map((c) => c.path) // ['/properties/total']
 */
export function breakingChanges(review: RegistryReview): RegistryReview['report']['changes'] {
  return review.report.changes.filter((change) => change.breakingUnder.includes(review.mode));
}

/**
 * One line saying how a check came out, shared by every format.
 * @example verdictLine({ event: 'OrderPlaced', format: 'avro', source: 'x.avsc', status: 'new' }) // 'new, nothing to compare'
 */
export function verdictLine(check: EventCheck): string {
  switch (check.status) {
    case 'new':
      return 'new, nothing to compare';
    case 'invalid':
      return `refused by the registry: ${check.message}`;
    case 'compatible': {
      const total = check.review.report.changes.length;
      return `compatible under ${check.review.mode} (${total === 0 ? 'no changes' : `${plural(total, 'change')}, none breaking`})`;
    }
    case 'breaking': {
      const parts = [];
      const breaking = breakingChanges(check.review).length;
      if (breaking > 0) parts.push(plural(breaking, 'breaking change'));
      const stale = check.review.staleExamples.length;
      if (stale > 0) parts.push(plural(stale, 'stored example') + ' no longer valid');
      return `BREAKING under ${check.review.mode}: ${parts.join(', ') || 'incompatible'}`;
    }
  }
}

/**
 * True when the check should fail a build: a breaking change, or a schema the registry refused.
 * @example checks.some(fails) ? EXIT.failed : EXIT.ok
 */
export function fails(check: EventCheck): boolean {
  return check.status === 'breaking' || check.status === 'invalid';
}

/**
 * Counts per status, e.g. for a closing summary line.
 * @example summaryLine(checks) // '3 events checked: 1 breaking, 1 compatible, 1 new.'
 */
export function summaryLine(checks: readonly EventCheck[]): string {
  const count = (status: EventCheck['status']) => checks.filter((c) => c.status === status).length;
  const parts = [
    [count('breaking'), 'breaking'],
    [count('invalid'), 'refused'],
    [count('compatible'), 'compatible'],
    [count('new'), 'new'],
  ]
    .filter(([n]) => n !== 0)
    .map(([n, label]) => `${n} ${label}`);
  return `${plural(checks.length, 'event')} checked${parts.length > 0 ? `: ${parts.join(', ')}` : ''}.`;
}

/** @example plural(2, 'event') // '2 events' */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
