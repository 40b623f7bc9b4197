import type { SchemaChange } from '../types';
import { change } from './comparison-context';
import type { LogicalAnnotation } from './schema-node';

/**
 * Logical types are read as their underlying type, so a logicalType change is informational,
 * except that the specification says two decimals only match when precision and scale match.
 *
 * @example
 * compareLogical({ logical: { logicalType: 'date' } }, {}, '/fields/0/type'); // one LOGICAL_TYPE_CHANGED
 */
export function compareLogical(
  oldNode: { logical?: LogicalAnnotation },
  newNode: { logical?: LogicalAnnotation },
  path: string,
): SchemaChange[] {
  const before = oldNode.logical;
  const after = newNode.logical;
  if (before?.logicalType === 'decimal' && after?.logicalType === 'decimal') {
    const changes: SchemaChange[] = [];
    for (const attribute of ['precision', 'scale'] as const) {
      // A decimal without a scale has scale 0.
      const was = before[attribute] ?? (attribute === 'scale' ? 0 : undefined);
      const is = after[attribute] ?? (attribute === 'scale' ? 0 : undefined);
      if (was === is) continue;
      const message =
        `The decimal ${attribute} changed from ${String(was)} to ${String(is)}; ` +
        'the Avro specification only resolves decimals whose precision and scale match, and the same bytes would mean a different number.';
      changes.push(change(`DECIMAL_${attribute.toUpperCase()}_MISMATCH`, `${path}/${attribute}`, ['backward', 'forward'], message));
    }
    return changes;
  }
  if (before?.logicalType === after?.logicalType) return [];
  const label = (l: typeof before) => (l ? `\`${l.logicalType}\`` : 'none');
  const message = `The logical type changed from ${label(before)} to ${label(after)}; readers still resolve the underlying type, but applications may interpret the values differently.`;
  return [change('LOGICAL_TYPE_CHANGED', `${path}/logicalType`, [], message)];
}
