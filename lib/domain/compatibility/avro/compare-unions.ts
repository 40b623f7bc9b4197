import type { SchemaChange } from '../types';
import { change, ComparisonContext } from './comparison-context';
import { readerAcceptsName } from './compare-named';
import { branchName, describeType, isNamed, type AvroNode } from './schema-node';
import type { StepBudget } from './step-budget';

export interface Branch {
  node: AvroNode;
  path: string;
}

/**
 * A union's branches with their JSON pointers; any other type is a one-branch "union".
 *
 * @example
 * branchesOf(readSchemaGraph(['null', 'string']), '/type').map((b) => b.path); // ['/type/0', '/type/1']
 */
export function branchesOf(node: AvroNode, path: string): Branch[] {
  return node.kind === 'union' ? node.branches.map((b, i) => ({ node: b, path: `${path}/${i}` })) : [{ node, path }];
}

/** Whether two named branches are one renamed type: either side's aliases name the other. */
function sameBranch(a: AvroNode, b: AvroNode): boolean {
  return isNamed(a) && isNamed(b) && a.kind === b.kind && (readerAcceptsName(a, b) || readerAcceptsName(b, a));
}

/**
 * Pairs each old branch with its counterpart in the new union (exact names first, then aliases).
 *
 * @example
 * pairBranches(branchesOf(oldType, ''), branchesOf(newType, ''), budget); // [[oldString, newString]]
 */
export function pairBranches(oldBranches: Branch[], newBranches: Branch[], budget: StepBudget): Array<[Branch, Branch]> {
  const pairs: Array<[Branch, Branch]> = [];
  const paired = new Set<Branch>();
  const pair = (o: Branch, n: Branch) => {
    pairs.push([o, n]);
    paired.add(o).add(n);
  };
  // Branch names are unique within a union, so exact pairing is a lookup.
  const newByName = new Map(newBranches.map((b) => [branchName(b.node), b]));
  for (const o of oldBranches) {
    const n = newByName.get(branchName(o.node));
    if (n) pair(o, n);
  }
  for (const o of oldBranches) {
    if (paired.has(o) || !isNamed(o.node)) continue;
    const n = newBranches.find((c) => {
      budget.step();
      return !paired.has(c) && sameBranch(o.node, c.node);
    });
    if (n) pair(o, n);
  }
  return pairs;
}

/**
 * Compares types where at least one side is a union. Every branch a writer may write must be
 * readable by some reader branch (or by the reader itself when it is not a union).
 *
 * @example
 * compareUnions(context, stringType, nullableStringType, '/fields/0/type', '/fields/0/type');
 */
export function compareUnions(
  context: ComparisonContext,
  oldNode: AvroNode,
  newNode: AvroNode,
  path: string,
  oldPath: string,
): SchemaChange[] {
  const oldBranches = branchesOf(oldNode, oldPath);
  const newBranches = branchesOf(newNode, path);
  const pairs = pairBranches(oldBranches, newBranches, context.budget);
  const pairedOld = new Set(pairs.map(([o]) => o));
  const pairedNew = new Set(pairs.map(([, n]) => n));
  const changes: SchemaChange[] = [];
  for (const [o, n] of pairs) changes.push(...context.compare(context, o.node, n.node, n.path, o.path));

  for (const o of oldBranches) {
    if (pairedOld.has(o)) continue;
    context.budget.step();
    const reader = newBranches.find((n) => context.canRead(n.node, o.node));
    const name = `\`${branchName(o.node)}\``;
    if (reader) {
      const message = `The ${name} branch was removed; new readers read old ${name} values as \`${branchName(reader.node)}\`.`;
      changes.push(change('UNION_BRANCH_REMOVED', o.path, [], message));
    } else {
      const message =
        newNode.kind === 'union'
          ? `The ${name} branch was removed from the union, so new readers cannot read old data holding it.`
          : `The old type could hold ${name}, which the new ${describeType(newNode)} cannot read.`;
      changes.push(change(newNode.kind === 'union' ? 'MISSING_UNION_BRANCH' : 'TYPE_MISMATCH', o.path, ['backward'], message));
    }
  }
  for (const n of newBranches) {
    if (pairedNew.has(n)) continue;
    context.budget.step();
    const reader = oldBranches.find((o) => context.canRead(o.node, n.node));
    const name = `\`${branchName(n.node)}\``;
    if (reader) {
      const message = `The ${name} branch was added; old readers read it as \`${branchName(reader.node)}\`.`;
      changes.push(change('UNION_BRANCH_ADDED', n.path, [], message));
    } else {
      const message =
        oldNode.kind === 'union'
          ? `The ${name} branch was added to the union, so old readers cannot read new data holding it.`
          : `The new type can hold ${name}, which the old ${describeType(oldNode)} cannot read.`;
      changes.push(change(oldNode.kind === 'union' ? 'MISSING_UNION_BRANCH' : 'TYPE_MISMATCH', n.path, ['forward'], message));
    }
  }
  return changes;
}
