import type { SchemaChange } from '../types';
import { change } from './comparison-context';
import { compareLogical } from './compare-logical';
import type { EnumNode, FixedNode, NamedNode } from './schema-node';

/**
 * Whether a reader named type accepts a writer's name: the same unqualified name, or a reader
 * alias equal to the writer's full name (as Avro Java's `SchemaCompatibility` decides).
 *
 * @example
 * readerAcceptsName(readerOrder, writerLegacyOrder); // true when the reader lists the alias
 */
export function readerAcceptsName(reader: NamedNode, writer: NamedNode): boolean {
  return reader.name === writer.name || reader.aliases.includes(writer.fullName);
}

/**
 * Name, namespace, alias and doc changes of a named type pair.
 *
 * @example
 * compareNames(oldOrder, newPurchase); // [{ kind: 'NAME_MISMATCH', path: '/name', ... }]
 */
export function compareNames(oldNode: NamedNode, newNode: NamedNode): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const where = newNode.path;
  if (oldNode.fullName !== newNode.fullName) {
    if (oldNode.name === newNode.name) {
      const message = `The namespace of \`${newNode.name}\` changed from \`${oldNode.namespace}\` to \`${newNode.namespace}\`; Avro resolution matches unqualified names, so this is compatible.`;
      changes.push(change('NAMESPACE_CHANGED', `${where}/namespace`, [], message));
    } else {
      const backward = !readerAcceptsName(newNode, oldNode);
      const forward = !readerAcceptsName(oldNode, newNode);
      const breaks = [...(backward ? (['backward'] as const) : []), ...(forward ? (['forward'] as const) : [])];
      const gap = [
        backward ? `new readers need the alias \`${oldNode.fullName}\`` : '',
        forward ? `old readers need the alias \`${newNode.fullName}\`` : '',
      ].filter(Boolean);
      const message = gap.length
        ? `The ${newNode.kind} \`${oldNode.fullName}\` was renamed to \`${newNode.fullName}\`; ${gap.join(' and ')} to resolve it.`
        : `The ${newNode.kind} \`${oldNode.fullName}\` was renamed to \`${newNode.fullName}\`; aliases keep both sides readable.`;
      changes.push(change(gap.length ? 'NAME_MISMATCH' : 'TYPE_RENAMED', `${where}/name`, breaks, message));
    }
  }
  if ([...oldNode.aliases].sort().join() !== [...newNode.aliases].sort().join()) {
    const message = `The aliases of \`${newNode.fullName}\` changed from [${oldNode.aliases.join(', ')}] to [${newNode.aliases.join(', ')}].`;
    changes.push(change('ALIASES_CHANGED', `${where}/aliases`, [], message));
  }
  if (oldNode.doc !== newNode.doc) {
    changes.push(change('DOC_CHANGED', `${where}/doc`, [], `The documentation of \`${newNode.fullName}\` changed.`));
  }
  return changes;
}

/**
 * Symbol changes; a writer symbol the reader lacks breaks unless the reader's enum has a `default`.
 *
 * @example
 * compareEnums(statusV1, statusV2WithRefunded); // [{ kind: 'MISSING_ENUM_SYMBOLS', breaks: { backward: false, forward: true }, ... }]
 */
export function compareEnums(oldNode: EnumNode, newNode: EnumNode): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const where = `${newNode.path}/symbols`;
  const removed = oldNode.symbols.filter((s) => !newNode.symbols.includes(s));
  const added = newNode.symbols.filter((s) => !oldNode.symbols.includes(s));
  const list = (symbols: string[]) => symbols.map((s) => `\`${s}\``).join(', ');
  if (removed.length) {
    const breaks = newNode.default === undefined;
    const message = breaks
      ? `Enum \`${newNode.fullName}\` lost ${list(removed)} and has no default, so new readers fail on old data holding them.`
      : `Enum \`${newNode.fullName}\` lost ${list(removed)}; new readers map them to the default \`${newNode.default}\`.`;
    changes.push(change(breaks ? 'MISSING_ENUM_SYMBOLS' : 'ENUM_SYMBOL_REMOVED', where, breaks ? ['backward'] : [], message));
  }
  if (added.length) {
    const breaks = oldNode.default === undefined;
    const message = breaks
      ? `Enum \`${newNode.fullName}\` gained ${list(added)}, and the old enum has no default, so old readers fail on new data holding them.`
      : `Enum \`${newNode.fullName}\` gained ${list(added)}; old readers map them to their default \`${oldNode.default}\`.`;
    changes.push(change(breaks ? 'MISSING_ENUM_SYMBOLS' : 'ENUM_SYMBOL_ADDED', where, breaks ? ['forward'] : [], message));
  }
  if (!removed.length && !added.length && oldNode.symbols.join() !== newNode.symbols.join()) {
    const message = `The symbols of \`${newNode.fullName}\` were reordered; resolution goes by name, but sort order changes.`;
    changes.push(change('ENUM_SYMBOLS_REORDERED', where, [], message));
  }
  if (oldNode.default !== newNode.default) {
    const message = `The default symbol of \`${newNode.fullName}\` changed from ${oldNode.default ?? 'none'} to ${newNode.default ?? 'none'}.`;
    changes.push(change('ENUM_DEFAULT_CHANGED', `${newNode.path}/default`, [], message));
  }
  return changes;
}

/**
 * Fixed types resolve only when their sizes are equal.
 *
 * @example
 * compareFixed(md5, sha256); // [{ kind: 'FIXED_SIZE_MISMATCH', ... }]
 */
export function compareFixed(oldNode: FixedNode, newNode: FixedNode): SchemaChange[] {
  const changes = compareLogical(oldNode, newNode, newNode.path);
  if (oldNode.size !== newNode.size) {
    const message = `Fixed \`${newNode.fullName}\` changed size from ${oldNode.size} to ${newNode.size} bytes; neither side can read the other.`;
    changes.unshift(change('FIXED_SIZE_MISMATCH', `${newNode.path}/size`, ['backward', 'forward'], message));
  }
  return changes;
}
