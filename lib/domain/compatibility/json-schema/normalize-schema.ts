import { canonicalJson } from './canonical-json';
import { isEmptySchemaRaw, isPlainRef } from './annotations';
import { LazyPropertySchemas } from './lazy-property-schemas';
import { keywordBits, metaOf, NONE, NO_META, num, partsOf, unmodeledOf, type Part, type TypeName } from './schema-keywords';
import { resolveLocalRef, type SchemaIdIndex } from './resolve-ref';
import type {
  ArrayNode,
  CombinedNode,
  JsonSchemaDraft,
  NotNode,
  NumberNode,
  ObjectNode,
  SchemaNode,
  StringNode,
} from './schema-node';

type Raw = Record<string, unknown>;

const EMPTY_PLACEHOLDER: SchemaNode = { kind: 'empty', meta: NO_META, raw: true, unmodeled: NONE };
/** Shared by object nodes without such keywords (never mutated: a node gets its own when it has some). */
const NO_SCHEMAS: Map<string, SchemaNode> = new Map();
const NO_NAMES: Set<string> = new Set();
const NO_NAME_LISTS: Map<string, string[]> = new Map();

/**
 * Turns a validated schema into the node graph the diff walks. Recursive `$ref`s become cycles in
 * the graph (the node for an object is registered before its children are built).
 *
 * @example normalizeSchema({ type: ['string', 'null'] }, '2020-12', { ids: new Map(), anchors: new Map() }).kind // 'combined'
 */
export function normalizeSchema(rootRaw: unknown, draft: JsonSchemaDraft, ids: SchemaIdIndex): SchemaNode {
  return new GraphBuilder(rootRaw, draft, ids).node(rootRaw);
}

/** Builds nodes once per raw schema object (a class, not closures: this runs for every subschema of every check). */
class GraphBuilder {
  private readonly cache = new Map<unknown, SchemaNode>();
  private readonly resolving = new Set<unknown>();

  constructor(
    private readonly rootRaw: unknown,
    private readonly draft: JsonSchemaDraft,
    private readonly ids: SchemaIdIndex,
  ) {}

  node(raw: unknown): SchemaNode {
    const cached = this.cache.get(raw);
    if (cached) return cached;
    if (raw === true || raw === false || raw === null || typeof raw !== 'object') {
      return raw === false ? { kind: 'false', meta: NO_META, raw, unmodeled: NONE } : { kind: 'empty', meta: NO_META, raw, unmodeled: NONE };
    }
    const obj = raw as Raw;
    if (typeof obj.$ref === 'string') return this.refNode(obj);
    return this.build(obj, obj);
  }

  private refNode(obj: Raw): SchemaNode {
    if (this.resolving.has(obj)) throw new Error(`$ref "${String(obj.$ref)}" refers to itself without any schema in between`);
    this.resolving.add(obj);
    try {
      const target = resolveLocalRef(this.rootRaw, this.ids, String(obj.$ref));
      // draft-07 ignores keywords beside $ref; 2020-12 applies them too (an implicit allOf).
      if (isPlainRef(obj, this.draft)) {
        const resolved = this.node(target);
        this.cache.set(obj, resolved);
        return resolved;
      }
      const shell: CombinedNode = {
        kind: 'combined', criterion: 'allOf', subschemas: [], segments: [[], []], synthetic: true,
        meta: metaOf(obj, keywordBits(obj)), raw: obj, unmodeled: NONE,
      };
      this.cache.set(obj, shell);
      const siblings: Raw = {};
      for (const key in obj) if (key !== '$ref') siblings[key] = obj[key];
      shell.subschemas.push(this.node(target), this.build(siblings, undefined));
      return shell;
    } finally {
      this.resolving.delete(obj);
    }
  }

  /** Builds the node for `obj`; registers it under `cacheKey` before building children. */
  private build(obj: Raw, cacheKey: unknown): SchemaNode {
    const bits = keywordBits(obj);
    const parts = partsOf(obj, bits);
    if (parts.length === 0) {
      const empty: SchemaNode = { kind: 'empty', meta: metaOf(obj, bits), raw: obj, unmodeled: unmodeledOf(obj, bits) };
      if (cacheKey !== undefined) this.cache.set(cacheKey, empty);
      return empty;
    }
    if (parts.length === 1) {
      // A single part registers itself as soon as it exists (before its children).
      const single = this.part(obj, parts[0]!, cacheKey);
      single.meta = metaOf(obj, bits);
      single.unmodeled = unmodeledOf(obj, bits);
      return single;
    }
    const shell: CombinedNode = {
      kind: 'combined', criterion: 'allOf', subschemas: [], segments: [], synthetic: true,
      meta: metaOf(obj, bits), raw: obj, unmodeled: unmodeledOf(obj, bits),
    };
    if (cacheKey !== undefined) this.cache.set(cacheKey, shell);
    for (const part of parts) {
      const built = this.part(obj, part, undefined);
      // Parts share the declaration's annotations, so comparing a part with a plain schema stays quiet about them.
      built.meta = shell.meta;
      shell.subschemas.push(built);
      shell.segments.push([]);
    }
    return shell;
  }

  private register<T extends SchemaNode>(built: T, cacheKey: unknown): T {
    if (cacheKey !== undefined) this.cache.set(cacheKey, built);
    return built;
  }

  private part(obj: Raw, part: Part, cacheKey: unknown): SchemaNode {
    if (Array.isArray(part)) return part.length === 1 ? this.typedNode(obj, part[0]!, cacheKey) : this.typeUnion(obj, part, cacheKey);
    switch (part) {
      case 'enum': {
        const values = obj.enum as unknown[];
        return { kind: 'enum', keyword: 'enum', values, keys: values.map(canonicalJson), meta: NO_META, raw: { enum: values }, unmodeled: NONE };
      }
      case 'const':
        return { kind: 'enum', keyword: 'const', values: [obj.const], keys: [canonicalJson(obj.const)], meta: NO_META, raw: { const: obj.const }, unmodeled: NONE };
      case 'not': {
        const shell = this.register<NotNode>({ kind: 'not', schema: EMPTY_PLACEHOLDER, meta: NO_META, raw: { not: obj.not }, unmodeled: NONE }, cacheKey);
        shell.schema = this.node(obj.not);
        return shell;
      }
      default: {
        const list = obj[part] as unknown[];
        const shell = this.register<CombinedNode>({
          kind: 'combined', criterion: part, subschemas: [], segments: [], synthetic: false,
          meta: NO_META, raw: { [part]: list }, unmodeled: NONE,
        }, cacheKey);
        for (let index = 0; index < list.length; index += 1) {
          shell.subschemas.push(this.node(list[index]));
          shell.segments.push([part, String(index)]);
        }
        return shell;
      }
    }
  }

  /** A type list is a union of one typed schema per type (everit's synthetic anyOf). */
  private typeUnion(obj: Raw, list: TypeName[], cacheKey: unknown): SchemaNode {
    const union = this.register<CombinedNode>({
      kind: 'combined', criterion: 'anyOf', subschemas: [], segments: [], synthetic: true,
      meta: NO_META, raw: { type: list }, unmodeled: NONE,
    }, cacheKey);
    for (const type of list) {
      const member = this.typedNode(obj, type, undefined);
      member.meta = union.meta;
      union.subschemas.push(member);
      union.segments.push([]);
    }
    return union;
  }

  private typedNode(obj: Raw, type: TypeName, cacheKey: unknown): SchemaNode {
    switch (type) {
      case 'string':
        return this.register<StringNode>({ kind: 'string', meta: NO_META, raw: obj, unmodeled: NONE, minLength: num(obj, 'minLength'), maxLength: num(obj, 'maxLength'),
          pattern: typeof obj.pattern === 'string' ? obj.pattern : undefined, format: typeof obj.format === 'string' ? obj.format : undefined }, cacheKey);
      case 'number':
      case 'integer':
        return this.register<NumberNode>({ kind: 'number', meta: NO_META, raw: obj, unmodeled: NONE, integer: type === 'integer', minimum: num(obj, 'minimum'), maximum: num(obj, 'maximum'),
          exclusiveMinimum: num(obj, 'exclusiveMinimum'), exclusiveMaximum: num(obj, 'exclusiveMaximum'), multipleOf: num(obj, 'multipleOf') }, cacheKey);
      case 'boolean':
        return this.register<SchemaNode>({ kind: 'boolean', meta: NO_META, raw: obj, unmodeled: NONE }, cacheKey);
      case 'null':
        return this.register<SchemaNode>({ kind: 'null', meta: NO_META, raw: obj, unmodeled: NONE }, cacheKey);
      case 'object':
        return this.objectNode(obj, this.register<ObjectNode>({ kind: 'object', meta: NO_META, raw: obj, unmodeled: NONE, properties: NO_SCHEMAS, propertyHasDefault: NO_NAMES, required: NO_NAMES,
          patternProperties: NO_SCHEMAS, permitsAdditional: obj.additionalProperties !== false, dependentRequired: NO_NAME_LISTS,
          dependentRequiredKeyword: 'dependencies', dependentSchemas: NO_SCHEMAS, dependentSchemasKeyword: 'dependencies',
          minProperties: num(obj, 'minProperties'), maxProperties: num(obj, 'maxProperties') }, cacheKey));
      case 'array':
        return this.arrayNode(obj, this.register<ArrayNode>({ kind: 'array', meta: NO_META, raw: obj, unmodeled: NONE, tuple: [], tupleKeyword: 'items', permitsAdditionalItems: true,
          additionalItemsKeyword: 'additionalItems', minItems: num(obj, 'minItems'), maxItems: num(obj, 'maxItems'), uniqueItems: obj.uniqueItems === true,
          minContains: num(obj, 'minContains'), maxContains: num(obj, 'maxContains') }, cacheKey));
      default:
        throw new Error(`unknown type "${String(type)}"`);
    }
  }

  private objectNode(obj: Raw, target: ObjectNode): ObjectNode {
    const properties = obj.properties as Raw | undefined;
    if (properties) target.properties = new LazyPropertySchemas(properties, this);
    for (const key in properties) {
      const child = properties[key];
      if (child !== null && typeof child === 'object' && 'default' in child) {
        if (target.propertyHasDefault === NO_NAMES) target.propertyHasDefault = new Set();
        target.propertyHasDefault.add(key);
      }
    }
    if (Array.isArray(obj.required)) target.required = new Set(obj.required as string[]);
    const patterns = obj.patternProperties as Raw | undefined;
    if (patterns) target.patternProperties = new Map();
    for (const pattern in patterns) target.patternProperties.set(pattern, this.node(patterns[pattern]));
    const additional = obj.additionalProperties;
    if (additional !== undefined && additional !== false && !isEmptySchemaRaw(additional)) target.additionalSchema = this.node(additional);
    const dependencies = obj.dependencies as Raw | undefined;
    const dependentRequired = obj.dependentRequired as Raw | undefined;
    const dependentSchemas = obj.dependentSchemas as Raw | undefined;
    if (dependencies || dependentRequired) target.dependentRequired = new Map();
    if (dependencies || dependentSchemas) target.dependentSchemas = new Map();
    for (const key in dependencies) {
      const dependency = dependencies[key];
      if (Array.isArray(dependency)) target.dependentRequired.set(key, dependency as string[]);
      else target.dependentSchemas.set(key, this.node(dependency));
    }
    for (const key in dependentRequired) {
      target.dependentRequired.set(key, dependentRequired[key] as string[]);
      target.dependentRequiredKeyword = 'dependentRequired';
    }
    for (const key in dependentSchemas) {
      target.dependentSchemas.set(key, this.node(dependentSchemas[key]));
      target.dependentSchemasKeyword = 'dependentSchemas';
    }
    return target;
  }

  private optionalSchema(raw: unknown): SchemaNode | undefined {
    return raw === undefined || isEmptySchemaRaw(raw) ? undefined : this.node(raw);
  }

  private arrayNode(obj: Raw, target: ArrayNode): ArrayNode {
    if (this.draft === '2020-12' && Array.isArray(obj.prefixItems)) {
      target.tupleKeyword = 'prefixItems';
      target.tuple = (obj.prefixItems as unknown[]).map((item) => this.node(item));
      target.additionalItemsKeyword = 'items';
      target.permitsAdditionalItems = obj.items !== false;
      if (obj.items !== false) target.additionalItemsSchema = this.optionalSchema(obj.items);
    } else if (Array.isArray(obj.items)) {
      target.tuple = (obj.items as unknown[]).map((item) => this.node(item));
      target.permitsAdditionalItems = obj.additionalItems !== false;
      if (obj.additionalItems !== false) target.additionalItemsSchema = this.optionalSchema(obj.additionalItems);
    } else {
      target.items = this.optionalSchema(obj.items);
      if (this.draft === 'draft-07') {
        target.permitsAdditionalItems = obj.additionalItems !== false;
        if (obj.additionalItems !== false) target.additionalItemsSchema = this.optionalSchema(obj.additionalItems);
      }
    }
    return target;
  }
}
