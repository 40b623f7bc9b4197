import type { SchemaChange } from '../types';
import { breaking, change, ComparisonContext, onlyIn } from './comparison-context';
import { describeType, type FieldNode, type RecordNode } from './schema-node';

/**
 * A record's fields by name, with a lookup that follows a reader field's aliases.
 *
 * @example
 * new FieldIndex(oldOrder).sourceOf(newAmountField); // old `total` when `amount` aliases it
 */
export class FieldIndex {
  private readonly byName: Map<string, FieldNode>;

  constructor(record: RecordNode) {
    this.byName = new Map(record.fields.map((f) => [f.name, f]));
  }

  /**
   * The writer field a reader field is filled from: same name first, else the first reader alias
   * naming a writer field (Avro Java's `lookupWriterField`).
   */
  sourceOf(readerField: FieldNode): FieldNode | undefined {
    const direct = this.byName.get(readerField.name);
    if (direct) return direct;
    for (const alias of readerField.aliases) {
      const aliased = this.byName.get(alias);
      if (aliased) return aliased;
    }
    return undefined;
  }
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Field-level changes of a record pair. A reader field missing from the writer needs a default;
 * writer fields the reader lacks are skipped. Backward reads with the new record, forward with the old.
 *
 * @example
 * compareRecords(context, oldOrder, newOrder); // [{ kind: 'FIELD_ADDED_WITH_DEFAULT', ... }]
 */
export function compareRecords(context: ComparisonContext, oldNode: RecordNode, newNode: RecordNode): SchemaChange[] {
  const oldIndex = new FieldIndex(oldNode);
  const newIndex = new FieldIndex(newNode);
  const backwardSource = new Map(newNode.fields.map((f) => [f, oldIndex.sourceOf(f)]));
  const forwardSource = new Map(oldNode.fields.map((f) => [f, newIndex.sourceOf(f)]));
  const pairs: Array<[FieldNode, FieldNode]> = [];
  const paired = new Set<FieldNode>();
  const pair = (oldField: FieldNode, newField: FieldNode) => {
    pairs.push([oldField, newField]);
    paired.add(oldField).add(newField);
  };
  for (const [newField, oldField] of backwardSource) if (oldField) pair(oldField, newField);
  for (const [oldField, newField] of forwardSource) {
    if (newField && backwardSource.get(newField) !== oldField) pair(oldField, newField);
  }

  const changes: SchemaChange[] = [];
  for (const [oldField, newField] of pairs) {
    context.budget.step();
    const resolved = { backward: backwardSource.get(newField) === oldField, forward: forwardSource.get(oldField) === newField };
    if (oldField.name !== newField.name) changes.push(renamed(oldField, newField, backwardSource, forwardSource));
    const inner = context.within(resolved);
    const nested = context.compare(inner, oldField.type, newField.type, `${newField.path}/type`, `${oldField.path}/type`);
    changes.push(...onlyIn(nested, resolved), ...fieldMetadata(oldField, newField));
  }

  for (const newField of newNode.fields) {
    if (paired.has(newField)) continue;
    const message = newField.hasDefault
      ? `Field \`${newField.name}\` (${describeType(newField.type)}) was added with a default; new readers use it for old data.`
      : `Field \`${newField.name}\` was added without a default, so new readers cannot read old data that lacks it.`;
    const kind = newField.hasDefault ? 'FIELD_ADDED_WITH_DEFAULT' : 'READER_FIELD_MISSING_DEFAULT_VALUE';
    changes.push(change(kind, newField.path, newField.hasDefault ? [] : ['backward'], message));
  }
  for (const oldField of oldNode.fields) {
    if (paired.has(oldField)) continue;
    const message = oldField.hasDefault
      ? `Field \`${oldField.name}\` was removed; old readers fill it from its default.`
      : `Field \`${oldField.name}\` was removed, and the old schema gives it no default, so old readers cannot read new data.`;
    const kind = oldField.hasDefault ? 'FIELD_REMOVED' : 'READER_FIELD_MISSING_DEFAULT_VALUE';
    changes.push(change(kind, oldField.path, oldField.hasDefault ? [] : ['forward'], message));
  }
  return changes;
}

/** A field renamed through aliases: each reader side must find the other's name, or have a default. */
function renamed(
  oldField: FieldNode,
  newField: FieldNode,
  backwardSource: Map<FieldNode, FieldNode | undefined>,
  forwardSource: Map<FieldNode, FieldNode | undefined>,
): SchemaChange {
  const breaks = {
    backward: !backwardSource.get(newField) && !newField.hasDefault,
    forward: !forwardSource.get(oldField) && !oldField.hasDefault,
  };
  const gaps = [
    breaks.backward ? `new readers need \`${oldField.name}\` among the aliases of \`${newField.name}\`` : '',
    breaks.forward ? `old readers need \`${newField.name}\` among the aliases of \`${oldField.name}\`` : '',
  ].filter(Boolean);
  const message = gaps.length
    ? `Field \`${oldField.name}\` was renamed to \`${newField.name}\`; ${gaps.join(' and ')}, or a default.`
    : `Field \`${oldField.name}\` was renamed to \`${newField.name}\`; aliases or defaults keep both sides readable.`;
  const kind = gaps.length ? 'READER_FIELD_MISSING_DEFAULT_VALUE' : 'FIELD_RENAMED';
  return change(kind, `${newField.path}/name`, breaking(breaks), message);
}

/** Defaults, docs, sort order and aliases of a field pair: they never break reading. */
function fieldMetadata(oldField: FieldNode, newField: FieldNode): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const at = newField.path;
  const name = `\`${newField.name}\``;
  if (oldField.hasDefault !== newField.hasDefault || !sameJson(oldField.default, newField.default)) {
    const kind = !oldField.hasDefault ? 'DEFAULT_ADDED' : !newField.hasDefault ? 'DEFAULT_REMOVED' : 'DEFAULT_CHANGED';
    const message =
      kind === 'DEFAULT_ADDED'
        ? `Field ${name} gained the default ${JSON.stringify(newField.default)}.`
        : kind === 'DEFAULT_REMOVED'
          ? `Field ${name} lost its default ${JSON.stringify(oldField.default)}.`
          : `The default of field ${name} changed from ${JSON.stringify(oldField.default)} to ${JSON.stringify(newField.default)}.`;
    changes.push(change(kind, `${at}/default`, [], message));
  }
  if (oldField.doc !== newField.doc) changes.push(change('DOC_CHANGED', `${at}/doc`, [], `The documentation of field ${name} changed.`));
  if ((oldField.order ?? 'ascending') !== (newField.order ?? 'ascending')) {
    const message = `The sort order of field ${name} changed from ${oldField.order ?? 'ascending'} to ${newField.order ?? 'ascending'}; reading is unaffected.`;
    changes.push(change('ORDER_CHANGED', `${at}/order`, [], message));
  }
  if ([...oldField.aliases].sort().join() !== [...newField.aliases].sort().join()) {
    const message = `The aliases of field ${name} changed from [${oldField.aliases.join(', ')}] to [${newField.aliases.join(', ')}].`;
    changes.push(change('ALIASES_CHANGED', `${at}/aliases`, [], message));
  }
  return changes;
}
