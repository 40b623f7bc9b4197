import type { Direction, SchemaChange } from '../types';
import { breaking, change, ComparisonContext } from './comparison-context';
import { compareLogical } from './compare-logical';
import { compareEnums, compareFixed, compareNames } from './compare-named';
import { compareRecords } from './compare-records';
import { compareUnions } from './compare-unions';
import { describeType, isNamed, type AvroNode, type AvroPrimitiveName, type NamedNode, type PrimitiveNode } from './schema-node';

/** Writer type → reader types that may read it, from the specification's promotion rules. */
const PROMOTIONS: Partial<Record<AvroPrimitiveName, AvroPrimitiveName[]>> = {
  int: ['long', 'float', 'double'],
  long: ['float', 'double'],
  float: ['double'],
  string: ['bytes'],
  bytes: ['string'],
};

/**
 * Whether a value written as `writer` is promoted when read as `reader`.
 *
 * @example
 * promotes('int', 'long'); // true
 * promotes('long', 'int'); // false
 */
export function promotes(writer: AvroPrimitiveName, reader: AvroPrimitiveName): boolean {
  return PROMOTIONS[writer]?.includes(reader) ?? false;
}

/**
 * Compares the old and new type at one place in the schema, following Avro schema resolution
 * in both directions (backward: new reads old; forward: old reads new).
 *
 * @example
 * compareTypes(new ComparisonContext(compareTypes), oldRoot, newRoot, '', '');
 */
export function compareTypes(
  context: ComparisonContext,
  oldNode: AvroNode,
  newNode: AvroNode,
  path: string,
  oldPath: string,
): SchemaChange[] {
  context.budget.step();
  if (oldNode.kind === 'union' || newNode.kind === 'union') {
    return compareUnions(context, oldNode, newNode, path, oldPath);
  }
  if (isNamed(oldNode) && isNamed(newNode) && oldNode.kind === newNode.kind) {
    // Each named pair is compared once per direction: that stops recursion and reports a shared
    // type's changes once, yet still checks a direction the first visit was not resolved in.
    const before = breaking(context.scope).length;
    const fresh = context.enter(oldNode, newNode);
    if (!fresh.length) return [];
    const changes = compareNamedPair(context, oldNode, newNode);
    if (fresh.length === before) return changes;
    return changes.filter((c) => fresh.some((d) => c.breaks[d])).map((c) => ({ ...c, breaks: onlyFresh(c, fresh) }));
  }
  if (oldNode.kind === 'primitive' && newNode.kind === 'primitive') {
    return comparePrimitives(oldNode, newNode, path);
  }
  if (oldNode.kind === 'array' && newNode.kind === 'array') {
    return context.compare(context, oldNode.items, newNode.items, `${path}/items`, `${oldPath}/items`);
  }
  if (oldNode.kind === 'map' && newNode.kind === 'map') {
    return context.compare(context, oldNode.values, newNode.values, `${path}/values`, `${oldPath}/values`);
  }
  return [
    change(
      'TYPE_MISMATCH',
      path,
      ['backward', 'forward'],
      `The type changed from ${describeType(oldNode)} to ${describeType(newNode)}; neither can be read as the other.`,
    ),
  ];
}

function compareNamedPair(context: ComparisonContext, oldNode: NamedNode, newNode: NamedNode): SchemaChange[] {
  const names = compareNames(oldNode, newNode);
  if (oldNode.kind === 'record' && newNode.kind === 'record') return [...names, ...compareRecords(context, oldNode, newNode)];
  if (oldNode.kind === 'enum' && newNode.kind === 'enum') return [...names, ...compareEnums(oldNode, newNode)];
  if (oldNode.kind === 'fixed' && newNode.kind === 'fixed') return [...names, ...compareFixed(oldNode, newNode)];
  return names;
}

const onlyFresh = (c: SchemaChange, fresh: Direction[]) => ({
  backward: c.breaks.backward && fresh.includes('backward'),
  forward: c.breaks.forward && fresh.includes('forward'),
});

function comparePrimitives(oldNode: PrimitiveNode, newNode: PrimitiveNode, path: string): SchemaChange[] {
  const logical = compareLogical(oldNode, newNode, path);
  if (oldNode.type === newNode.type) return logical;
  const newReadsOld = promotes(oldNode.type, newNode.type);
  const oldReadsNew = promotes(newNode.type, oldNode.type);
  const from = `${oldNode.type} to ${newNode.type}`;
  if (!newReadsOld && !oldReadsNew) {
    const message = `The type changed from ${from}; Avro promotes neither into the other.`;
    return [change('TYPE_MISMATCH', path, ['backward', 'forward'], message), ...logical];
  }
  const message =
    newReadsOld && oldReadsNew
      ? `The type changed from ${from}; Avro promotes each into the other, so both sides can read both.`
      : newReadsOld
        ? `The type was widened from ${from}: new readers promote old ${oldNode.type} values, but old readers cannot read ${newNode.type}.`
        : `The type was narrowed from ${from}: old readers promote new ${newNode.type} values, but new readers cannot read ${oldNode.type}.`;
  const breaks = [...(newReadsOld ? [] : (['backward'] as const)), ...(oldReadsNew ? [] : (['forward'] as const))];
  return [change('TYPE_PROMOTED', path, breaks, message), ...logical];
}
