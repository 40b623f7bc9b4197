import { canonicalJson } from './canonical-json';
import { resolveLocalRef, indexSchemaIds, type SchemaIdIndex } from './resolve-ref';
import type {
  ArrayNode,
  CombinedNode,
  JsonSchemaDraft,
  NotNode,
  NumberNode,
  ObjectNode,
  SchemaMeta,
  SchemaNode,
  StringNode,
} from './schema-node';

type Raw = Record<string, unknown>;
type TypeName = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'object' | 'array';

const TYPE_KEYWORDS: Record<'string' | 'number' | 'object' | 'array', string[]> = {
  string: ['minLength', 'maxLength', 'pattern', 'format'],
  number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  object: [
    'properties', 'required', 'additionalProperties', 'patternProperties', 'dependencies',
    'dependentRequired', 'dependentSchemas', 'minProperties', 'maxProperties', 'propertyNames',
  ],
  array: ['items', 'prefixItems', 'additionalItems', 'minItems', 'maxItems', 'uniqueItems', 'contains', 'minContains', 'maxContains'],
};
/** Keywords whose changes we detect only as "changed" (Confluent ignores them altogether). */
const UNMODELED = ['propertyNames', 'contains', 'if', 'then', 'else', 'unevaluatedProperties', 'unevaluatedItems', 'contentEncoding', 'contentMediaType', 'contentSchema'];
const ANNOTATIONS = new Set(['$schema', '$id', 'id', '$anchor', '$comment', '$defs', 'definitions', 'title', 'description', 'default', 'examples', 'deprecated', 'readOnly', 'writeOnly', '$vocabulary', '$dynamicAnchor']);

/** Shared by every node without unmodeled keywords (never mutated): most nodes, so no Map each. */
const NONE: ReadonlyMap<string, string> = new Map();
const EMPTY_PLACEHOLDER: SchemaNode = { kind: 'empty', meta: { hasDefault: false }, raw: true, unmodeled: NONE };

/** True for `true`, `{}` and schemas holding only annotations: they accept any value. */
export function isEmptySchemaRaw(raw: unknown): boolean {
  if (raw === true) return true;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return false;
  return Object.keys(raw).every((key) => ANNOTATIONS.has(key));
}

/**
 * Turns a validated schema into the node graph the diff walks. Recursive `$ref`s become cycles in
 * the graph (the node for an object is registered before its children are built).
 *
 * @example normalizeSchema({ type: ['string', 'null'] }, '2020-12').kind // 'combined'
 */
export function normalizeSchema(rootRaw: unknown, draft: JsonSchemaDraft): SchemaNode {
  const ids: SchemaIdIndex = indexSchemaIds(rootRaw, draft);
  const cache = new Map<unknown, SchemaNode>();
  const resolving = new Set<unknown>();

  const meta = (raw: Raw): SchemaMeta => ({
    id: typeof raw.$id === 'string' ? raw.$id : undefined,
    title: typeof raw.title === 'string' ? raw.title : undefined,
    description: typeof raw.description === 'string' ? raw.description : undefined,
    hasDefault: 'default' in raw,
    default: raw.default,
    examples: raw.examples,
    comment: typeof raw.$comment === 'string' ? raw.$comment : undefined,
  });
  const noMeta = (): SchemaMeta => ({ hasDefault: false });
  const unmodeled = (raw: Raw): ReadonlyMap<string, string> => {
    let found: Map<string, string> | undefined;
    for (const key of UNMODELED) if (key in raw) (found ??= new Map()).set(key, canonicalJson(raw[key]));
    return found ?? NONE;
  };

  function node(raw: unknown): SchemaNode {
    const cached = cache.get(raw);
    if (cached) return cached;
    if (raw === true || raw === false || raw === null || typeof raw !== 'object') {
      const built: SchemaNode = raw === false
        ? { kind: 'false', meta: noMeta(), raw, unmodeled: NONE }
        : { kind: 'empty', meta: noMeta(), raw, unmodeled: NONE };
      return built;
    }
    const obj = raw as Raw;
    if (typeof obj.$ref === 'string') return refNode(obj);
    return build(obj, obj);
  }

  function refNode(obj: Raw): SchemaNode {
    if (resolving.has(obj)) throw new Error(`$ref "${String(obj.$ref)}" refers to itself without any schema in between`);
    resolving.add(obj);
    try {
      const target = resolveLocalRef(rootRaw, ids, String(obj.$ref));
      const siblings = Object.fromEntries(Object.entries(obj).filter(([key]) => key !== '$ref'));
      // draft-07 ignores keywords beside $ref; 2020-12 applies them too (an implicit allOf).
      if (draft === 'draft-07' || isEmptySchemaRaw(siblings)) {
        const resolved = node(target);
        cache.set(obj, resolved);
        return resolved;
      }
      const shell: CombinedNode = {
        kind: 'combined', criterion: 'allOf', subschemas: [], segments: [[], []], synthetic: true,
        meta: meta(obj), raw: obj, unmodeled: NONE,
      };
      cache.set(obj, shell);
      shell.subschemas.push(node(target), build(siblings, undefined));
      return shell;
    } finally {
      resolving.delete(obj);
    }
  }

  /** Builds the node for `obj`; registers it under `cacheKey` before building children. */
  function build(obj: Raw, cacheKey: unknown): SchemaNode {
    const parts: Array<() => SchemaNode> = [];
    const types = typesOf(obj);
    if (types.length === 1) parts.push(() => typed(obj, types[0]!));
    // A type list is a union of one typed schema per type (everit's synthetic anyOf).
    if (types.length > 1) parts.push(() => typeUnion(types));
    if (Array.isArray(obj.enum)) {
      const values = obj.enum as unknown[];
      parts.push(() => ({ kind: 'enum', keyword: 'enum', values, keys: values.map(canonicalJson), meta: noMeta(), raw: { enum: values }, unmodeled: NONE }));
    }
    if ('const' in obj) {
      parts.push(() => ({ kind: 'enum', keyword: 'const', values: [obj.const], keys: [canonicalJson(obj.const)], meta: noMeta(), raw: { const: obj.const }, unmodeled: NONE }));
    }
    for (const criterion of ['allOf', 'anyOf', 'oneOf'] as const) {
      const list = obj[criterion];
      if (Array.isArray(list)) parts.push(() => combined(criterion, list));
    }
    if ('not' in obj) {
      parts.push(() => {
        const shellNode = register<NotNode>({ kind: 'not', schema: EMPTY_PLACEHOLDER, meta: noMeta(), raw: { not: obj.not }, unmodeled: NONE });
        shellNode.schema = node(obj.not);
        return shellNode;
      });
    }

    if (parts.length === 0) {
      const empty: SchemaNode = { kind: 'empty', meta: meta(obj), raw: obj, unmodeled: unmodeled(obj) };
      if (cacheKey !== undefined) cache.set(cacheKey, empty);
      return empty;
    }
    if (parts.length === 1) {
      const single = parts[0]!();
      single.meta = meta(obj);
      single.unmodeled = unmodeled(obj);
      return single;
    }
    const shell: CombinedNode = {
      kind: 'combined', criterion: 'allOf', subschemas: [], segments: [], synthetic: true,
      meta: meta(obj), raw: obj, unmodeled: unmodeled(obj),
    };
    if (cacheKey !== undefined) cache.set(cacheKey, shell);
    for (const part of parts) {
      const built = part();
      // Parts share the declaration's annotations, so comparing a part with a plain schema stays quiet about them.
      built.meta = shell.meta;
      shell.subschemas.push(built);
      shell.segments.push([]);
    }
    return shell;

    // Single parts register themselves as soon as they exist (see `register`).
    function register<T extends SchemaNode>(built: T): T {
      if (parts.length === 1 && cacheKey !== undefined) cache.set(cacheKey, built);
      return built;
    }
    function typed(source: Raw, type: TypeName): SchemaNode {
      return typedNode(source, type, register);
    }
    function typeUnion(list: TypeName[]): SchemaNode {
      const union = register<CombinedNode>({
        kind: 'combined', criterion: 'anyOf', subschemas: [], segments: [], synthetic: true,
        meta: noMeta(), raw: { type: list }, unmodeled: NONE,
      });
      for (const type of list) {
        const part = typedNode(obj, type, (built) => built);
        part.meta = union.meta;
        union.subschemas.push(part);
        union.segments.push([]);
      }
      return union;
    }
    function combined(criterion: CombinedNode['criterion'], list: unknown[]): SchemaNode {
      const shellNode = register<CombinedNode>({
        kind: 'combined', criterion, subschemas: [], segments: [], synthetic: false,
        meta: noMeta(), raw: { [criterion]: list }, unmodeled: NONE,
      });
      list.forEach((child, index) => {
        shellNode.subschemas.push(node(child));
        shellNode.segments.push([criterion, String(index)]);
      });
      return shellNode;
    }
  }

  function typesOf(obj: Raw): TypeName[] {
    const declared = obj.type;
    if (typeof declared === 'string') return [declared as TypeName];
    if (Array.isArray(declared)) return declared as TypeName[];
    return (Object.keys(TYPE_KEYWORDS) as Array<keyof typeof TYPE_KEYWORDS>).filter((type) =>
      TYPE_KEYWORDS[type].some((keyword) => keyword in obj),
    );
  }

  function typedNode(obj: Raw, type: TypeName, register: <T extends SchemaNode>(n: T) => T): SchemaNode {
    const base = { meta: noMeta(), raw: obj, unmodeled: NONE };
    const num = (key: string): number | undefined => (typeof obj[key] === 'number' ? (obj[key] as number) : undefined);
    switch (type) {
      case 'string':
        return register<StringNode>({ kind: 'string', ...base, minLength: num('minLength'), maxLength: num('maxLength'),
          pattern: typeof obj.pattern === 'string' ? obj.pattern : undefined, format: typeof obj.format === 'string' ? obj.format : undefined });
      case 'number':
      case 'integer':
        return register<NumberNode>({ kind: 'number', ...base, integer: type === 'integer', minimum: num('minimum'), maximum: num('maximum'),
          exclusiveMinimum: num('exclusiveMinimum'), exclusiveMaximum: num('exclusiveMaximum'), multipleOf: num('multipleOf') });
      case 'boolean':
        return register({ kind: 'boolean', ...base });
      case 'null':
        return register({ kind: 'null', ...base });
      case 'object':
        return objectNode(obj, register({ kind: 'object', ...base, properties: new Map(), propertyHasDefault: new Set(), required: new Set(),
          patternProperties: new Map(), permitsAdditional: obj.additionalProperties !== false, dependentRequired: new Map(),
          dependentRequiredKeyword: 'dependencies', dependentSchemas: new Map(), dependentSchemasKeyword: 'dependencies',
          minProperties: num('minProperties'), maxProperties: num('maxProperties') } satisfies ObjectNode));
      case 'array':
        return arrayNode(obj, register<ArrayNode>({ kind: 'array', ...base, tuple: [], tupleKeyword: 'items', permitsAdditionalItems: true,
          additionalItemsKeyword: 'additionalItems', minItems: num('minItems'), maxItems: num('maxItems'), uniqueItems: obj.uniqueItems === true,
          minContains: num('minContains'), maxContains: num('maxContains') }));
      default:
        throw new Error(`unknown type "${String(type)}"`);
    }
  }

  function objectNode(obj: Raw, target: ObjectNode): ObjectNode {
    const properties = (obj.properties ?? {}) as Raw;
    for (const [key, child] of Object.entries(properties)) {
      target.properties.set(key, node(child));
      if (child !== null && typeof child === 'object' && 'default' in child) target.propertyHasDefault.add(key);
    }
    for (const key of Array.isArray(obj.required) ? (obj.required as string[]) : []) target.required.add(key);
    for (const [pattern, child] of Object.entries((obj.patternProperties ?? {}) as Raw)) target.patternProperties.set(pattern, node(child));
    const additional = obj.additionalProperties;
    if (additional !== undefined && additional !== false && !isEmptySchemaRaw(additional)) target.additionalSchema = node(additional);
    for (const [key, dependency] of Object.entries((obj.dependencies ?? {}) as Raw)) {
      if (Array.isArray(dependency)) target.dependentRequired.set(key, dependency as string[]);
      else target.dependentSchemas.set(key, node(dependency));
    }
    for (const [key, dependency] of Object.entries((obj.dependentRequired ?? {}) as Raw)) {
      target.dependentRequired.set(key, dependency as string[]);
      target.dependentRequiredKeyword = 'dependentRequired';
    }
    for (const [key, dependency] of Object.entries((obj.dependentSchemas ?? {}) as Raw)) {
      target.dependentSchemas.set(key, node(dependency));
      target.dependentSchemasKeyword = 'dependentSchemas';
    }
    return target;
  }

  function arrayNode(obj: Raw, target: ArrayNode): ArrayNode {
    const optionalSchema = (raw: unknown): SchemaNode | undefined => (raw === undefined || isEmptySchemaRaw(raw) ? undefined : node(raw));
    if (draft === '2020-12' && Array.isArray(obj.prefixItems)) {
      target.tupleKeyword = 'prefixItems';
      target.tuple = (obj.prefixItems as unknown[]).map(node);
      target.additionalItemsKeyword = 'items';
      target.permitsAdditionalItems = obj.items !== false;
      if (obj.items !== false) target.additionalItemsSchema = optionalSchema(obj.items);
    } else if (Array.isArray(obj.items)) {
      target.tuple = (obj.items as unknown[]).map(node);
      target.permitsAdditionalItems = obj.additionalItems !== false;
      if (obj.additionalItems !== false) target.additionalItemsSchema = optionalSchema(obj.additionalItems);
    } else {
      target.items = optionalSchema(obj.items);
      if (draft === 'draft-07') {
        target.permitsAdditionalItems = obj.additionalItems !== false;
        if (obj.additionalItems !== false) target.additionalItemsSchema = optionalSchema(obj.additionalItems);
      }
    }
    return target;
  }

  return node(rootRaw);
}
