import { canonicalJson } from './canonical-json';
import { resolveLocalRef, type SchemaIdIndex } from './resolve-ref';
import type {
  ArrayNode,
  CombinedNode,
  JsonSchemaDraft,
  NotNode,
  NumberNode,
  ObjectNode,
  PropertySchemas,
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
/** Shared by every node without annotations (never mutated, only replaced). */
const NO_META: SchemaMeta = Object.freeze({ hasDefault: false });
const EMPTY_PLACEHOLDER: SchemaNode = { kind: 'empty', meta: NO_META, raw: true, unmodeled: NONE };
const META_KEYWORDS = ['$id', 'title', 'description', 'default', 'examples', '$comment'];
const COMBINERS = ['allOf', 'anyOf', 'oneOf'] as const;
/** Shared by object nodes without such keywords (never mutated: a node gets its own when it has some). */
const NO_SCHEMAS: Map<string, SchemaNode> = new Map();
const NO_NAMES: Set<string> = new Set();
const NO_NAME_LISTS: Map<string, string[]> = new Map();

/** One bit per group of keywords, so one pass over a schema's own keys tells which groups it uses. */
const META = 1;
const UNMODELED_BIT = 2;
const IMPLIES: Record<keyof typeof TYPE_KEYWORDS, number> = { string: 4, number: 8, object: 16, array: 32 };
const KEYWORD_BITS = new Map<string, number>();
const addBits = (keys: string[], bit: number) => keys.forEach((key) => KEYWORD_BITS.set(key, (KEYWORD_BITS.get(key) ?? 0) | bit));
addBits(META_KEYWORDS, META);
addBits(UNMODELED, UNMODELED_BIT);
for (const type of Object.keys(TYPE_KEYWORDS) as Array<keyof typeof TYPE_KEYWORDS>) addBits(TYPE_KEYWORDS[type], IMPLIES[type]);

function keywordBits(obj: Raw): number {
  let bits = 0;
  for (const key in obj) bits |= KEYWORD_BITS.get(key) ?? 0;
  return bits;
}
type Part = TypeName[] | 'enum' | 'const' | CombinedNode['criterion'] | 'not';

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

/** Property schemas built when first read (see PropertySchemas). */
class LazyPropertySchemas implements PropertySchemas {
  private readonly built = new Map<string, SchemaNode>();

  constructor(
    private readonly declared: Raw,
    private readonly builder: GraphBuilder,
  ) {}

  get size(): number {
    return Object.keys(this.declared).length;
  }

  has(key: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.declared, key);
  }

  get(key: string): SchemaNode | undefined {
    if (!this.has(key)) return undefined;
    let built = this.built.get(key);
    if (!built) this.built.set(key, (built = this.builder.node(this.declared[key])));
    return built;
  }

  keys(): string[] {
    return Object.keys(this.declared);
  }

  *[Symbol.iterator](): Iterator<[string, SchemaNode]> {
    for (const key of Object.keys(this.declared)) yield [key, this.get(key)!];
  }
}

/**
 * Whether a `$ref` object stands for its target alone: draft-07 ignores keywords beside `$ref`,
 * 2020-12 applies them unless they are annotations only.
 */
export function isPlainRef(obj: Raw, draft: JsonSchemaDraft): boolean {
  if (draft === 'draft-07') return true;
  for (const key in obj) if (key !== '$ref' && !ANNOTATIONS.has(key)) return false;
  return true;
}

/**
 * Resolves every `$ref` of a document up front, so a broken one is reported when parsing even if
 * the diff never builds its node; a chain of plain `$ref`s leading back to itself is refused.
 *
 * @example checkRefs([{ $ref: '#' }], { $ref: '#' }, '2020-12', ids) // throws: refers to itself
 */
export function checkRefs(holders: Raw[], rootRaw: unknown, draft: JsonSchemaDraft, ids: SchemaIdIndex): void {
  for (const holder of holders) {
    const chain = new Set<unknown>([holder]);
    let current: unknown = holder;
    while (current !== null && typeof current === 'object' && typeof (current as Raw).$ref === 'string' && isPlainRef(current as Raw, draft)) {
      const target = resolveLocalRef(rootRaw, ids, (current as Raw).$ref as string);
      if (chain.has(target)) throw new Error(`$ref "${String(holder.$ref)}" refers to itself without any schema in between`);
      chain.add(target);
      current = target;
    }
  }
}

/** The validation concerns of a schema object, in the order the synthetic allOf lists them. */
function partsOf(obj: Raw, bits: number): Part[] {
  const parts: Part[] = [];
  const types = typesOf(obj, bits);
  if (types.length > 0) parts.push(types);
  if (Array.isArray(obj.enum)) parts.push('enum');
  if ('const' in obj) parts.push('const');
  for (const criterion of COMBINERS) if (Array.isArray(obj[criterion])) parts.push(criterion);
  if ('not' in obj) parts.push('not');
  return parts;
}

function typesOf(obj: Raw, bits: number): TypeName[] {
  const declared = obj.type;
  if (typeof declared === 'string') return [declared as TypeName];
  if (Array.isArray(declared)) return declared as TypeName[];
  const implied: TypeName[] = [];
  for (const type of IMPLIED_TYPES) if (bits & IMPLIES[type]) implied.push(type);
  return implied;
}
const IMPLIED_TYPES = Object.keys(TYPE_KEYWORDS) as Array<keyof typeof TYPE_KEYWORDS>;

function metaOf(raw: Raw, bits: number): SchemaMeta {
  if (!(bits & META)) return NO_META;
  return {
    id: typeof raw.$id === 'string' ? raw.$id : undefined,
    title: typeof raw.title === 'string' ? raw.title : undefined,
    description: typeof raw.description === 'string' ? raw.description : undefined,
    hasDefault: 'default' in raw,
    default: raw.default,
    examples: raw.examples,
    comment: typeof raw.$comment === 'string' ? raw.$comment : undefined,
  };
}

function unmodeledOf(raw: Raw, bits: number): ReadonlyMap<string, string> {
  if (!(bits & UNMODELED_BIT)) return NONE;
  let found: Map<string, string> | undefined;
  for (const key of UNMODELED) if (key in raw) (found ??= new Map()).set(key, canonicalJson(raw[key]));
  return found ?? NONE;
}

function num(obj: Raw, key: string): number | undefined {
  const value = obj[key];
  return typeof value === 'number' ? value : undefined;
}
