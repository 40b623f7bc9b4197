import { branchName, type AvroNode } from './schema-node';
import type { StepBudget } from './step-budget';

/** A datum in Avro's JSON encoding: unions wrapped as `{"branch": value}`, bytes as latin-1 strings. */
export type AvroJson = null | boolean | number | string | AvroJson[] | { [key: string]: AvroJson };

/**
 * Wraps a value for a union branch as Avro's JSON encoding does (null stays bare).
 *
 * @example
 * wrapBranch(readSchemaGraph('string'), 'x'); // { string: 'x' }
 */
export function wrapBranch(branch: AvroNode, value: AvroJson): AvroJson {
  return branch.kind === 'primitive' && branch.type === 'null' ? null : { [branchName(branch)]: value };
}

// Branches that can always end a recursive datum come first.
const terminationRank = (node: AvroNode): number =>
  node.kind === 'primitive' ? (node.type === 'null' ? 0 : 1) : node.kind === 'array' || node.kind === 'map' ? 2 : 3;

/**
 * The smallest datum a type accepts: zeros, empty strings and collections, the first enum symbol,
 * the union branch most likely to terminate. Undefined when a record can only contain itself.
 *
 * @example
 * smallestDatum(readSchemaGraph({ type: 'record', name: 'R', fields: [{ name: 'n', type: 'int' }] }), budget); // { n: 0 }
 */
export function smallestDatum(node: AvroNode, budget: StepBudget, open = new Set<AvroNode>()): AvroJson | undefined {
  budget.step('Building a counterexample');
  switch (node.kind) {
    case 'primitive':
      return { null: null, boolean: false, int: 0, long: 0, float: 0, double: 0, bytes: '', string: '' }[node.type];
    case 'enum':
      return node.symbols[0];
    case 'fixed':
      return '\u0000'.repeat(node.size);
    case 'array':
      return [];
    case 'map':
      return {};
    case 'union': {
      const ordered = [...node.branches].sort((a, b) => terminationRank(a) - terminationRank(b));
      for (const branch of ordered) {
        const value = smallestDatum(branch, budget, open);
        if (value !== undefined) return wrapBranch(branch, value);
      }
      return undefined;
    }
    case 'record': {
      if (open.has(node)) return undefined;
      open.add(node);
      const datum: Record<string, AvroJson> = {};
      for (const field of node.fields) {
        const value = smallestDatum(field.type, budget, open);
        if (value === undefined) {
          open.delete(node);
          return undefined;
        }
        datum[field.name] = value;
      }
      open.delete(node);
      return datum;
    }
  }
}
