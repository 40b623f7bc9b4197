import {
  AVRO_PRIMITIVES,
  type AvroNode,
  type AvroPrimitiveName,
  type FieldNode,
  type LogicalAnnotation,
  type NamedNode,
} from './schema-node';
import { StepBudget } from './step-budget';

interface Scope {
  namespace: string;
  /** Nearest enclosing field name, to say where a problem is. */
  field?: string;
  depth: number;
}

type JsonObject = Record<string, unknown>;

const isPrimitive = (name: string): name is AvroPrimitiveName =>
  (AVRO_PRIMITIVES as readonly string[]).includes(name);

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Builds the resolved node graph of an Avro schema (already JSON-parsed), resolving names the
 * way the Avro specification does. Throws an Error naming the problem and where it is.
 *
 * @example
 * const root = readSchemaGraph({ type: 'record', name: 'Order', fields: [{ name: 'id', type: 'string' }] });
 * root.kind; // 'record'
 */
export function readSchemaGraph(json: unknown, budget = new StepBudget()): AvroNode {
  const named = new Map<string, NamedNode>();

  const where = (path: string, scope: Scope): string =>
    scope.field === undefined ? `at ${path || '/'}` : `at field \`${scope.field}\` (${path})`;

  const qualify = (name: string, namespace: string): string =>
    name.includes('.') || namespace === '' ? name : `${namespace}.${name}`;

  const reference = (name: string, path: string, scope: Scope): AvroNode => {
    if (isPrimitive(name)) return { kind: 'primitive', type: name, path };
    // A dotless name means the enclosing namespace; fall back to the null namespace as avsc does.
    const found = named.get(qualify(name, scope.namespace)) ?? named.get(name);
    if (!found) throw new Error(`unknown type \`${name}\` ${where(path, scope)}`);
    return found;
  };

  const logicalOf = (schema: JsonObject): LogicalAnnotation | undefined =>
    typeof schema.logicalType === 'string'
      ? { logicalType: schema.logicalType, precision: schema.precision, scale: schema.scale }
      : undefined;

  const nameOf = (schema: JsonObject, path: string, scope: Scope) => {
    if (typeof schema.name !== 'string' || schema.name === '') {
      throw new Error(`a ${String(schema.type)} needs a \`name\` ${where(path, scope)}`);
    }
    const ownNamespace = typeof schema.namespace === 'string' ? schema.namespace : scope.namespace;
    const fullName = qualify(schema.name, ownNamespace);
    const dot = fullName.lastIndexOf('.');
    const namespace = dot < 0 ? '' : fullName.slice(0, dot);
    if (named.has(fullName)) throw new Error(`duplicate type name \`${fullName}\` ${where(path, scope)}`);
    const aliases = Array.isArray(schema.aliases)
      ? schema.aliases.filter((a): a is string => typeof a === 'string').map((a) => qualify(a, namespace))
      : [];
    const doc = typeof schema.doc === 'string' ? schema.doc : undefined;
    return { fullName, name: fullName.slice(dot + 1), namespace, aliases, doc, path };
  };

  const read = (schema: unknown, path: string, scope: Scope): AvroNode => {
    budget.step('Reading the Avro schema');
    budget.checkDepth(scope.depth, path);
    const inner: Scope = { ...scope, depth: scope.depth + 1 };
    if (typeof schema === 'string') return reference(schema, path, scope);
    if (Array.isArray(schema)) {
      if (schema.length === 0) throw new Error(`a union needs at least one branch ${where(path, scope)}`);
      const branches = schema.map((branch, i) => read(branch, `${path}/${i}`, inner));
      if (branches.some((b) => b.kind === 'union')) {
        throw new Error(`a union may not directly contain another union ${where(path, scope)}`);
      }
      return { kind: 'union', branches, path };
    }
    if (!isObject(schema)) {
      throw new Error(`expected a type name, an object or a union array ${where(path, scope)}`);
    }
    const type = schema.type;
    if (typeof type !== 'string') {
      throw new Error(`missing or non-string \`type\` ${where(path, scope)}`);
    }
    switch (type) {
      case 'record':
      case 'error':
        return readRecord(schema, path, inner);
      case 'enum': {
        const symbols = Array.isArray(schema.symbols) ? schema.symbols : undefined;
        if (!symbols || !symbols.every((s): s is string => typeof s === 'string')) {
          throw new Error(`an enum needs a \`symbols\` array of strings ${where(path, scope)}`);
        }
        const node: NamedNode = {
          kind: 'enum',
          ...nameOf(schema, path, scope),
          symbols,
          default: typeof schema.default === 'string' ? schema.default : undefined,
        };
        named.set(node.fullName, node);
        return node;
      }
      case 'fixed': {
        if (typeof schema.size !== 'number' || !Number.isInteger(schema.size) || schema.size < 0) {
          throw new Error(`a fixed needs a non-negative integer \`size\` ${where(path, scope)}`);
        }
        const node: NamedNode = { kind: 'fixed', ...nameOf(schema, path, scope), size: schema.size, logical: logicalOf(schema) };
        named.set(node.fullName, node);
        return node;
      }
      case 'array':
        return { kind: 'array', items: read(schema.items, `${path}/items`, inner), path };
      case 'map':
        return { kind: 'map', values: read(schema.values, `${path}/values`, inner), path };
      default: {
        if (isPrimitive(type)) return { kind: 'primitive', type, logical: logicalOf(schema), path };
        return reference(type, `${path}/type`, scope);
      }
    }
  };

  const readRecord = (schema: JsonObject, path: string, scope: Scope): AvroNode => {
    const node: NamedNode = { kind: 'record', ...nameOf(schema, path, scope), fields: [] };
    named.set(node.fullName, node); // Registered before its fields so they may refer to it.
    if (!Array.isArray(schema.fields)) {
      throw new Error(`a record needs a \`fields\` array ${where(path, scope)}`);
    }
    const seen = new Set<string>();
    schema.fields.forEach((field: unknown, i) => {
      const fieldPath = `${path}/fields/${i}`;
      if (!isObject(field) || typeof field.name !== 'string') {
        throw new Error(`field ${i} of \`${node.fullName}\` needs a string \`name\` (${fieldPath})`);
      }
      if (seen.has(field.name)) throw new Error(`duplicate field \`${field.name}\` in \`${node.fullName}\``);
      seen.add(field.name);
      const fieldScope: Scope = { namespace: node.namespace, field: field.name, depth: scope.depth };
      const entry: FieldNode = {
        name: field.name,
        aliases: Array.isArray(field.aliases) ? field.aliases.filter((a): a is string => typeof a === 'string') : [],
        type: read(field.type, `${fieldPath}/type`, fieldScope),
        hasDefault: 'default' in field,
        default: field.default,
        doc: typeof field.doc === 'string' ? field.doc : undefined,
        order: typeof field.order === 'string' ? field.order : undefined,
        path: fieldPath,
      };
      node.fields.push(entry);
    });
    return node;
  };

  return read(json, '', { namespace: '', depth: 0 });
}
