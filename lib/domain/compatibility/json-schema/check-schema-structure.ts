import { SchemaTooComplexError } from '../types';
import type { SchemaIdIndex } from './resolve-ref';
import type { JsonSchemaDraft } from './schema-node';

export interface StructureLimits {
  /** Deepest JSON nesting accepted. */
  maxDepth: number;
  /** Most schema objects (subschemas) accepted in one document. */
  maxNodes: number;
}

/** What the walk learnt about a valid document. */
export interface SchemaStructure {
  ids: SchemaIdIndex;
  /** The subschemas holding a `$ref`. */
  refs: Array<Record<string, unknown>>;
  /** How many schema objects it holds (booleans not counted). */
  nodes: number;
}

const TYPE_NAMES = new Set(['string', 'number', 'integer', 'boolean', 'null', 'object', 'array']);

/** What each interpreted keyword's value must be (the meta-schema's constraint on it). */
type Rule = 'schema' | 'schemaMap' | 'patternMap' | 'schemaList' | 'count' | 'number' | 'string' | 'boolean' | 'data' | 'dataList' | 'type' | 'pattern' | 'names' | 'multipleOf' | 'items' | 'prefixItems' | 'dependentRequired' | 'dependencies';
const RULES = new Map<string, Rule>([
  ...['additionalProperties', 'additionalItems', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema'].map((key) => [key, 'schema'] as const),
  ...['properties', '$defs', 'definitions', 'dependentSchemas'].map((key) => [key, 'schemaMap'] as const),
  ['patternProperties', 'patternMap'],
  ...['allOf', 'anyOf', 'oneOf'].map((key) => [key, 'schemaList'] as const),
  ...['minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties', 'minContains', 'maxContains'].map((key) => [key, 'count'] as const),
  ...['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'].map((key) => [key, 'number'] as const),
  ...['$ref', '$id', '$anchor', '$comment', 'title', 'description', 'format', '$schema', '$dynamicRef', '$dynamicAnchor'].map((key) => [key, 'string'] as const),
  ...['uniqueItems', 'deprecated', 'readOnly', 'writeOnly'].map((key) => [key, 'boolean'] as const),
  ...['const', 'default'].map((key) => [key, 'data'] as const),
  ...['enum', 'examples'].map((key) => [key, 'dataList'] as const),
  ['type', 'type'],
  ['pattern', 'pattern'],
  ['required', 'names'],
  ['multipleOf', 'multipleOf'],
  ['items', 'items'],
  ['prefixItems', 'prefixItems'],
  ['dependentRequired', 'dependentRequired'],
  ['dependencies', 'dependencies'],
]);

/**
 * Checks that a parsed document is a schema of its draft in every keyword the checker interprets
 * (the meta-schema's constraints on them), within the depth and size limits, in one walk that also
 * indexes `$id`s and anchors. Replaces meta-schema validation with ajv, which costs more than
 * the whole comparison. Throws an Error naming the keyword's place, or SchemaTooComplexError.
 *
 * @example checkSchemaStructure({ type: 'strng' }, '2020-12', { maxDepth: 1000, maxNodes: 100_000 }) // throws: /type must be one of/
 */
export function checkSchemaStructure(root: unknown, draft: JsonSchemaDraft, limits: StructureLimits): SchemaStructure {
  const walk = new StructureWalk(draft, limits);
  walk.schema(root, 0);
  return { ids: walk.index, nodes: walk.nodes, refs: walk.refs };
}

class StructureWalk {
  readonly index: SchemaIdIndex = { ids: new Map(), anchors: new Map() };
  nodes = 0;
  readonly refs: Array<Record<string, unknown>> = [];
  /** Keyword path of the schema being checked, for error messages only. */
  private readonly path: string[] = [];

  constructor(
    private readonly draft: JsonSchemaDraft,
    private readonly limits: StructureLimits,
  ) {}

  schema(value: unknown, depth: number): void {
    if (typeof value === 'boolean') return;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) this.fail('must be an object or a boolean');
    this.nodes += 1;
    if (this.nodes > this.limits.maxNodes) {
      throw new SchemaTooComplexError(`Schema has more than ${this.limits.maxNodes} subschemas`, { kind: 'size', max: this.limits.maxNodes });
    }
    this.depth(depth);
    const obj = value as Record<string, unknown>;
    // Only the keywords present are looked at (a few per subschema), not every keyword there is.
    for (const key in obj) {
      const rule = RULES.get(key);
      if (rule !== undefined) this.keyword(key, rule, obj[key], depth + 1);
    }
    this.indexIds(obj);
  }

  private keyword(key: string, rule: Rule, value: unknown, depth: number): void {
    switch (rule) {
      case 'schema':
        return this.child(value, depth, key);
      case 'schemaMap':
      case 'patternMap':
        return this.schemaMap(value, depth, key, rule === 'patternMap');
      case 'schemaList':
        return this.schemaList(value, depth, key, false);
      case 'count':
        if (!(typeof value === 'number' && Number.isInteger(value) && value >= 0)) this.fail(`${key} must be a non-negative integer`);
        return;
      case 'number':
        if (typeof value !== 'number') this.fail(`${key} must be a number`);
        return;
      case 'string':
        if (typeof value !== 'string') this.fail(`${key} must be a string`);
        return;
      case 'boolean':
        if (typeof value !== 'boolean') this.fail(`${key} must be a boolean`);
        return;
      case 'dataList':
        if (!Array.isArray(value)) this.fail(`${key} must be an array`);
        return this.data(value, depth);
      case 'data':
        return this.data(value, depth);
      case 'type':
        return this.type(value);
      case 'pattern':
        return this.regex(value, 'pattern');
      case 'names':
        return this.names(value, key);
      case 'multipleOf':
        if (!(typeof value === 'number' && value > 0)) this.fail('multipleOf must be a number greater than 0');
        return;
      case 'items':
        if (this.draft === 'draft-07' && Array.isArray(value)) return this.schemaList(value, depth, key, true);
        return this.child(value, depth, key);
      case 'prefixItems':
        // draft-07 does not know `prefixItems`: an unknown keyword, ignored like any other.
        if (this.draft === '2020-12') this.schemaList(value, depth, key, false);
        return;
      case 'dependentRequired':
        return this.dependencies(value, depth, key, false);
      case 'dependencies':
        if (this.draft === 'draft-07') this.dependencies(value, depth, key, true);
        return;
    }
  }

  private type(declared: unknown): void {
    if (typeof declared === 'string') {
      if (!TYPE_NAMES.has(declared)) this.fail(`type must be one of ${[...TYPE_NAMES].join(', ')} (got "${declared}")`);
      return;
    }
    if (!Array.isArray(declared) || declared.length === 0) this.fail('type must be a type name or a non-empty list of them');
    const seen = new Set<unknown>();
    for (const name of declared as unknown[]) {
      if (typeof name !== 'string' || !TYPE_NAMES.has(name)) this.fail(`type must list type names (got ${JSON.stringify(name)})`);
      if (seen.has(name)) this.fail(`type lists "${String(name)}" twice`);
      seen.add(name);
    }
  }

  private regex(value: unknown, what: string): void {
    if (typeof value !== 'string') this.fail(`${what} must be a string`);
    try {
      new RegExp(value as string, 'u');
    } catch {
      this.fail(`${what} ${JSON.stringify(value)} is not a valid regular expression`);
    }
  }

  private names(value: unknown, keyword: string): void {
    if (!Array.isArray(value)) this.fail(`${keyword} must be an array of property names`);
    const seen = new Set<string>();
    for (const name of value as unknown[]) {
      if (typeof name !== 'string') this.fail(`${keyword} must list strings (got ${JSON.stringify(name)})`);
      if (seen.has(name as string)) this.fail(`${keyword} lists "${String(name)}" twice`);
      seen.add(name as string);
    }
  }

  private indexIds(obj: Record<string, unknown>): void {
    const id = obj.$id;
    if (typeof id === 'string') {
      // draft-07 spells anchors as `$id: "#name"`.
      if (this.draft === 'draft-07' && id.startsWith('#')) this.index.anchors.set(id.slice(1), obj);
      else this.index.ids.set(id, obj);
    }
    if (typeof obj.$anchor === 'string') this.index.anchors.set(obj.$anchor, obj);
    if (typeof obj.$ref === 'string') this.refs.push(obj);
  }

  private child(value: unknown, depth: number, keyword: string): void {
    this.path.push(keyword);
    this.schema(value, depth);
    this.path.pop();
  }

  private schemaMap(value: unknown, depth: number, keyword: string, keysArePatterns: boolean): void {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) this.fail(`${keyword} must be an object`);
    this.depth(depth);
    this.path.push(keyword);
    for (const key in value as Record<string, unknown>) {
      if (keysArePatterns) this.regex(key, 'patternProperties key');
      this.child((value as Record<string, unknown>)[key], depth + 1, key);
    }
    this.path.pop();
  }

  private schemaList(value: unknown, depth: number, keyword: string, mayBeEmpty: boolean): void {
    if (!Array.isArray(value) || (!mayBeEmpty && value.length === 0)) this.fail(`${keyword} must be a ${mayBeEmpty ? '' : 'non-empty '}array of schemas`);
    this.depth(depth);
    this.path.push(keyword);
    const list = value as unknown[];
    for (let index = 0; index < list.length; index += 1) this.child(list[index], depth + 1, String(index));
    this.path.pop();
  }

  /** `dependentRequired` (name lists) or draft-07 `dependencies` (name lists or schemas). */
  private dependencies(value: unknown, depth: number, keyword: string, schemasToo: boolean): void {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) this.fail(`${keyword} must be an object`);
    this.depth(depth);
    this.path.push(keyword);
    for (const key in value as Record<string, unknown>) {
      const dependency = (value as Record<string, unknown>)[key];
      if (Array.isArray(dependency) || !schemasToo) this.names(dependency, `${keyword}.${key}`);
      else this.child(dependency, depth + 1, key);
    }
    this.path.pop();
  }

  /**
   * Data values (enum, const...) only need a depth check: later steps walk them recursively.
   * Recursion is bounded by maxDepth; arrays by index (for-in over an array enumerates strings).
   */
  private data(value: unknown, depth: number): void {
    if (value === null || typeof value !== 'object') return;
    this.depth(depth);
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index += 1) this.data(value[index], depth + 1);
      return;
    }
    for (const key in value) this.data((value as Record<string, unknown>)[key], depth + 1);
  }

  private depth(depth: number): void {
    if (depth > this.limits.maxDepth) {
      throw new SchemaTooComplexError(`Schema nests deeper than ${this.limits.maxDepth} levels`, { kind: 'depth', max: this.limits.maxDepth });
    }
  }

  private fail(problem: string): never {
    const at = this.path.length === 0 ? 'the root schema' : `/${this.path.join('/')}`;
    throw new Error(`${at}: ${problem}`);
  }
}
