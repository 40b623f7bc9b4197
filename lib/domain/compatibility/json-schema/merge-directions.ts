import type { SchemaChange } from '../types';
import { invertKind, isCompatibleKind, kindFamily } from './change-kinds';
import { describeChange } from './describe-change';
import type { Difference } from './diff-context';
import { toPointer } from './schema-path';

interface Group {
  pointer: string;
  segments: string[];
  backward: Difference[];
  forward: Difference[];
}

/**
 * Joins the backward run (`compare(old, new)`) and the forward run (`compare(new, old)`) into one
 * list told from old → new: findings of the same family at the same path are one change, whose
 * `breaks` says which direction(s) it breaks.
 *
 * @example mergeDirections([{ kind: 'MAX_LENGTH_DECREASED', path: ['maxLength'] }], [{ kind: 'MAX_LENGTH_INCREASED', path: ['maxLength'] }])
 */
export function mergeDirections(backward: Difference[], forward: Difference[]): SchemaChange[] {
  const groups = new Map<string, Group>();
  for (const finding of backward) group(groups, finding).backward.push(finding);
  for (const finding of forward) group(groups, finding).forward.push(finding);

  const changes: SchemaChange[] = [];
  for (const group of groups.values()) {
    const breakingBackward = firstBreaking(group.backward);
    const breakingForward = firstBreaking(group.forward);
    const told = breakingBackward ?? group.backward[0];
    const mirrored = breakingForward ?? group.forward[0];
    const kind = told ? told.kind : invertKind(mirrored!.kind);
    const oldValue = told ? told.writer : mirrored?.reader;
    const newValue = told ? told.reader : mirrored?.writer;
    changes.push({
      kind,
      path: group.pointer,
      breaks: { backward: breakingBackward !== undefined, forward: breakingForward !== undefined },
      message: describeChange({
        kind,
        segments: group.segments,
        oldValue,
        newValue,
        breaking: { backward: breakingBackward, forward: breakingForward },
      }),
    });
  }
  return changes.sort(byBreakingThenPath);
}

function firstBreaking(findings: Difference[]): Difference | undefined {
  for (const finding of findings) if (!isCompatibleKind(finding.kind)) return finding;
  return undefined;
}

/** The group of findings of the same family at the same path as `finding`. */
function group(groups: Map<string, Group>, finding: Difference): Group {
  const pointer = toPointer(finding.path);
  const key = `${kindFamily(finding.kind)}\u0000${pointer}`;
  let found = groups.get(key);
  if (!found) groups.set(key, (found = { pointer, segments: finding.path, backward: [], forward: [] }));
  return found;
}

/** Breaking changes first, then by path, then by kind: a stable order for reports and tests. */
export function byBreakingThenPath(a: SchemaChange, b: SchemaChange): number {
  return weight(a) - weight(b) || compareText(a.path, b.path) || compareText(a.kind, b.kind);
}

function weight(change: SchemaChange): number {
  return change.breaks.backward || change.breaks.forward ? 0 : 1;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
