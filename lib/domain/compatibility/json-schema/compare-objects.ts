import { compareNodes } from './compare-schemas';
import { compareLimit } from './compare-values';
import { allCompatible, difference, under, type DiffContext, type Difference } from './diff-context';
import type { ObjectNode, SchemaNode } from './schema-node';

/** Open: any undeclared property is accepted, whatever its value. */
export function isOpenObject(node: ObjectNode): boolean {
  return node.patternProperties.size === 0 && node.additionalSchema === undefined && node.permitsAdditional;
}

/** The schema an undeclared property `key` must match in a partially open model, if any. */
export function schemaForUndeclared(node: ObjectNode, key: string): SchemaNode | undefined {
  for (const [pattern, schema] of node.patternProperties) if (safeRegExp(pattern)?.test(key)) return schema;
  return node.additionalSchema;
}

function safeRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
}

/** Confluent's ObjectSchemaDiff (required, properties, dependencies, additionalProperties, limits). */
export function compareObjects(ctx: DiffContext, writer: ObjectNode, reader: ObjectNode): Difference[] {
  return [
    ...compareRequired(writer, reader),
    ...compareProperties(ctx, writer, reader),
    ...compareDependencies(ctx, writer, reader),
    ...compareAdditional(ctx, writer, reader),
    ...comparePatternProperties(ctx, writer, reader),
    ...compareLimit('maxProperties', 'MAX_PROPERTIES', writer.maxProperties, reader.maxProperties),
    ...compareLimit('minProperties', 'MIN_PROPERTIES', writer.minProperties, reader.minProperties),
  ];
}

function compareRequired(writer: ObjectNode, reader: ObjectNode): Difference[] {
  const found: Difference[] = [];
  for (const key of writer.properties.keys()) if (reader.properties.has(key)) judgeRequired(writer, reader, key, found);
  // Deviation: Confluent ignores `required` names that neither schema declares under `properties`.
  if (writer.required.size === 0 && reader.required.size === 0) return found;
  // Every name either lists (the writer's, then the reader's others), without building their union.
  for (const key of writer.required) if (!writer.properties.has(key) && !reader.properties.has(key)) judgeRequired(writer, reader, key, found);
  for (const key of reader.required) {
    if (!writer.required.has(key) && !writer.properties.has(key) && !reader.properties.has(key)) judgeRequired(writer, reader, key, found);
  }
  return found;
}

function judgeRequired(writer: ObjectNode, reader: ObjectNode, key: string, found: Difference[]): void {
  const was = writer.required.has(key);
  const is = reader.required.has(key);
  if (was && !is) found.push(difference('REQUIRED_ATTRIBUTE_REMOVED', ['required', key]));
  if (!was && is) {
    found.push(difference(reader.propertyHasDefault.has(key) ? 'REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED' : 'REQUIRED_ATTRIBUTE_ADDED', ['required', key]));
  }
}

function compareProperties(ctx: DiffContext, writer: ObjectNode, reader: ObjectNode): Difference[] {
  const found: Difference[] = [];
  // The writer's names, then the reader's new ones (a Set of both in that order, without building it).
  for (const key of writer.properties.keys()) compareProperty(ctx, writer, reader, key, true, reader.properties.has(key), found);
  for (const key of reader.properties.keys()) if (!writer.properties.has(key)) compareProperty(ctx, writer, reader, key, false, true, found);
  return found;
}

/** `inWriter`/`inReader`: whether each side declares `key` (known to the caller, not looked up again). */
function compareProperty(ctx: DiffContext, writer: ObjectNode, reader: ObjectNode, key: string, inWriter: boolean, inReader: boolean, found: Difference[]): void {
  ctx.step();
  // Checked before reading the nodes: an unchanged property's nodes are then never built.
  if (inWriter && inReader && ctx.sameProperty(writer, reader, key)) return;
  const path = ['properties', key];
  const was = inWriter ? writer.properties.get(key) : undefined;
  const is = inReader ? reader.properties.get(key) : undefined;
  if (was && is) {
    found.push(...under(path, compareNodes(ctx, was, is)));
  } else if (was) {
    found.push(...propertyRemoved(ctx, path, was, reader, key));
  } else if (is) {
    found.push(...propertyAdded(ctx, path, is, writer, reader, key));
  }
}

/** The writer declares `key`, the reader does not: does the reader's content model still take it? */
function propertyRemoved(ctx: DiffContext, path: string[], was: SchemaNode, reader: ObjectNode, key: string): Difference[] {
  if (isOpenObject(reader)) return [difference('PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL', path)];
  const partial = schemaForUndeclared(reader, key);
  if (partial) {
    const inner = compareNodes(ctx, was, partial);
    const kind = allCompatible(inner) ? 'PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL' : 'PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL';
    return [{ ...difference(kind, path), because: inner }];
  }
  return [difference(was.kind === 'false' ? 'PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL' : 'PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL', path)];
}

/** The reader declares `key`, the writer did not: what could the writer already have put there? */
function propertyAdded(ctx: DiffContext, path: string[], is: SchemaNode, writer: ObjectNode, reader: ObjectNode, key: string): Difference[] {
  const required = reader.required.has(key);
  const withDefault = reader.propertyHasDefault.has(key);
  if (isOpenObject(writer)) {
    // Confluent 8.x names (7.x reported all three as PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL).
    if (is.kind === 'empty') return [difference('PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL', path)];
    if (!required) return [difference('OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL', path)];
    return [difference(withDefault ? 'REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_OPEN_CONTENT_MODEL' : 'REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL', path)];
  }
  const found: Difference[] = [];
  const partial = schemaForUndeclared(writer, key);
  if (partial) {
    const inner = compareNodes(ctx, partial, is);
    const kind = allCompatible(inner) ? 'PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL' : 'PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL';
    found.push({ ...difference(kind, path), because: inner });
  }
  if (!required) found.push(difference('OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL', path));
  else found.push(difference(withDefault ? 'REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL' : 'REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL', path));
  return found;
}

function compareDependencies(ctx: DiffContext, writer: ObjectNode, reader: ObjectNode): Difference[] {
  const found: Difference[] = [];
  if (writer.dependentRequired.size + reader.dependentRequired.size + writer.dependentSchemas.size + reader.dependentSchemas.size === 0) return found;
  const old = ctx.writerIsOld ? writer : reader;
  for (const key of new Set([...writer.dependentRequired.keys(), ...reader.dependentRequired.keys()])) {
    const was = writer.dependentRequired.get(key);
    const is = reader.dependentRequired.get(key);
    const path = [(was && is ? old : was ? writer : reader).dependentRequiredKeyword, key];
    if (!is) found.push(difference('DEPENDENCY_ARRAY_REMOVED', path, was));
    else if (!was) found.push(difference('DEPENDENCY_ARRAY_ADDED', path, undefined, is));
    else {
      const readerHasAll = was.every((name) => is.includes(name));
      const writerHasAll = is.every((name) => was.includes(name));
      if (readerHasAll && writerHasAll) continue;
      const kind = readerHasAll ? 'DEPENDENCY_ARRAY_EXTENDED' : writerHasAll ? 'DEPENDENCY_ARRAY_NARROWED' : 'DEPENDENCY_ARRAY_CHANGED';
      found.push(difference(kind, path, was, is));
    }
  }
  for (const key of new Set([...writer.dependentSchemas.keys(), ...reader.dependentSchemas.keys()])) {
    const was = writer.dependentSchemas.get(key);
    const is = reader.dependentSchemas.get(key);
    const path = [(was && is ? old : was ? writer : reader).dependentSchemasKeyword, key];
    if (!is) found.push(difference('DEPENDENCY_SCHEMA_REMOVED', path));
    else if (!was) found.push(difference('DEPENDENCY_SCHEMA_ADDED', path));
    else found.push(...under(path, compareNodes(ctx, was, is)));
  }
  return found;
}

function compareAdditional(ctx: DiffContext, writer: ObjectNode, reader: ObjectNode): Difference[] {
  const path = ['additionalProperties'];
  if (writer.permitsAdditional !== reader.permitsAdditional) {
    return [difference(reader.permitsAdditional ? 'ADDITIONAL_PROPERTIES_ADDED' : 'ADDITIONAL_PROPERTIES_REMOVED', path)];
  }
  if (!writer.additionalSchema && reader.additionalSchema) return [difference('ADDITIONAL_PROPERTIES_NARROWED', path)];
  if (writer.additionalSchema && !reader.additionalSchema) return [difference('ADDITIONAL_PROPERTIES_EXTENDED', path)];
  if (writer.additionalSchema && reader.additionalSchema) return under(path, compareNodes(ctx, writer.additionalSchema, reader.additionalSchema));
  return [];
}

/** Deviation: Confluent only uses patternProperties to cover added/removed properties, never diffs them. */
function comparePatternProperties(ctx: DiffContext, writer: ObjectNode, reader: ObjectNode): Difference[] {
  const found: Difference[] = [];
  if (writer.patternProperties.size === 0 && reader.patternProperties.size === 0) return found;
  for (const pattern of new Set([...writer.patternProperties.keys(), ...reader.patternProperties.keys()])) {
    const path = ['patternProperties', pattern];
    const was = writer.patternProperties.get(pattern);
    const is = reader.patternProperties.get(pattern);
    if (was && is) found.push(...under(path, compareNodes(ctx, was, is)));
    else if (was) {
      const open = reader.permitsAdditional && !reader.additionalSchema;
      found.push(difference(open ? 'PATTERN_PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL' : 'PATTERN_PROPERTY_REMOVED', path));
    } else {
      found.push(difference(writer.permitsAdditional ? 'PATTERN_PROPERTY_ADDED' : 'PATTERN_PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL', path));
    }
  }
  return found;
}
