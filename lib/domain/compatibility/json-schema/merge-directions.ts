import type { SchemaChange } from '../types';
import { invertKind, isCompatibleKind, kindFamily } from './change-kinds';
import { describeChange } from './describe-change';
import type { Difference } from './diff-context';
import { toPointer } from './schema-path';

interface Group {
  family: string;
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
  const groups = new FindingGroups();
  for (const finding of backward) groups.of(finding).backward.push(finding);
  for (const finding of forward) groups.of(finding).forward.push(finding);

  const changes: SchemaChange[] = [];
  for (const group of groups.list) {
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

/** Past this many groups, a lookup by pointer beats scanning them all. */
const SCAN_LIMIT = 16;

/**
 * Findings grouped by family and path, groups in order of their first finding. A few groups (the
 * usual report) are scanned comparing path segments; a string key per finding (pointer + family,
 * built and hashed) was a tenth of a small check's time.
 */
class FindingGroups {
  readonly list: Group[] = [];
  private byPointer?: Map<string, Group[]>;

  of(finding: Difference): Group {
    const family = kindFamily(finding.kind);
    if (!this.byPointer) {
      for (const existing of this.list) if (existing.family === family && samePath(existing.segments, finding.path)) return existing;
      return this.add(family, toPointer(finding.path), finding.path);
    }
    const pointer = toPointer(finding.path);
    for (const existing of this.byPointer.get(pointer) ?? []) if (existing.family === family) return existing;
    return this.add(family, pointer, finding.path);
  }

  private add(family: string, pointer: string, segments: string[]): Group {
    const created: Group = { family, pointer, segments, backward: [], forward: [] };
    this.list.push(created);
    if (!this.byPointer && this.list.length > SCAN_LIMIT) {
      this.byPointer = new Map();
      for (const group of this.list) this.index(group);
    } else if (this.byPointer) this.index(created);
    return created;
  }

  private index(group: Group): void {
    const atPointer = this.byPointer!.get(group.pointer);
    if (atPointer) atPointer.push(group);
    else this.byPointer!.set(group.pointer, [group]);
  }
}

function samePath(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
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
