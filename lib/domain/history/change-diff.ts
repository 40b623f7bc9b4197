import { canonicalJson } from '../schemas/canonical-json';

/** One top-level field of a changed item: what it was and what it became. */
export interface FieldChange {
  field: string;
  kind: 'added' | 'removed' | 'changed';
  /** Absent when the field was added. */
  before?: unknown;
  /** Absent when the field was removed. */
  after?: unknown;
}

/** The key a whole value is listed under when a side is not an object (a list, a number, text). */
export const WHOLE_VALUE = '(value)';

/**
 * The top-level fields whose JSON differs between a change-log entry's `before` and
 * `after` snapshots. Key order and whitespace do not count as differences; a created
 * item lists every field as added, a deleted one every field as removed.
 *
 * @example
 * diffChange({ name: 'A', tags: ['x'] }, { name: 'A', tags: ['x', 'y'], owner: 't' });
 * // [{ field: 'tags', kind: 'changed', before: ['x'], after: ['x', 'y'] },
 * //  { field: 'owner', kind: 'added', after: 't' }]
 */
export function diffChange(before: unknown, after: unknown): FieldChange[] {
  const old = asFields(before);
  const now = asFields(after);
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const had = Object.hasOwn(old, field);
    const has = Object.hasOwn(now, field);
    if (had && has) {
      if (canonicalJson(old[field]) !== canonicalJson(now[field])) changes.push({ field, kind: 'changed', before: old[field], after: now[field] });
    } else if (had) changes.push({ field, kind: 'removed', before: old[field] });
    else changes.push({ field, kind: 'added', after: now[field] });
  }
  return changes;
}

/** A snapshot as named fields: objects as they are, nothing as no fields, anything else as one whole value. */
function asFields(value: unknown): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  return { [WHOLE_VALUE]: value };
}

/**
 * A field value as short readable text: strings bare, everything else as JSON.
 *
 * @example
 * showValue('team-orders'); // 'team-orders'
 * showValue({ a: 1 });      // '{"a":1}'
 */
export function showValue(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
