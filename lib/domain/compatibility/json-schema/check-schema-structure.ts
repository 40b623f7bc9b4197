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
  /** How many schema objects it holds (booleans not counted). */
  nodes: number;
}

const TYPE_NAMES = new Set(['string', 'number', 'integer', 'boolean', 'null', 'object', 'array']);
/** Keywords whose value is one schema. */
const SCHEMA_KEYWORDS = ['additionalProperties', 'additionalItems', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema'];
/** Keywords whose value maps names to schemas. */
const SCHEMA_MAP_KEYWORDS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const SCHEMA_LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf'];
const COUNT_KEYWORDS = ['minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties', 'minContains', 'maxContains'];
const NUMBER_KEYWORDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'];
const STRING_KEYWORDS = ['$ref', '$id', '$anchor', '$comment', 'title', 'description', 'format', '$schema', '$dynamicRef', '$dynamicAnchor'];
const BOOLEAN_KEYWORDS = ['uniqueItems', 'deprecated', 'readOnly', 'writeOnly'];
/** Values that are data, not schemas: measured for depth, never walked as schemas. */
const DATA_KEYWORDS = ['enum', 'const', 'default', 'examples'];

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
  return { ids: walk.index, nodes: walk.nodes };
}

class StructureWalk {
  readonly index: SchemaIdIndex = { ids: new Map(), anchors: new Map() };
  nodes = 0;
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
    if ('type' in obj) this.type(obj.type);
    for (const key of STRING_KEYWORDS) if (key in obj && typeof obj[key] !== 'string') this.fail(`${key} must be a string`);
    for (const key of BOOLEAN_KEYWORDS) if (key in obj && typeof obj[key] !== 'boolean') this.fail(`${key} must be a boolean`);
    for (const key of COUNT_KEYWORDS) if (key in obj && !isCount(obj[key])) this.fail(`${key} must be a non-negative integer`);
    for (const key of NUMBER_KEYWORDS) if (key in obj && typeof obj[key] !== 'number') this.fail(`${key} must be a number`);
    if ('multipleOf' in obj && !(typeof obj.multipleOf === 'number' && obj.multipleOf > 0)) this.fail('multipleOf must be a number greater than 0');
    if ('pattern' in obj) this.regex(obj.pattern, 'pattern');
    if ('required' in obj) this.names(obj.required, 'required');
    if ('enum' in obj && !Array.isArray(obj.enum)) this.fail('enum must be an array');
    if ('examples' in obj && !Array.isArray(obj.examples)) this.fail('examples must be an array');
    this.indexIds(obj);
    for (const key of DATA_KEYWORDS) if (key in obj) this.data(obj[key], depth + 1);

    for (const key of SCHEMA_KEYWORDS) if (key in obj) this.child(obj[key], depth + 1, key);
    for (const key of SCHEMA_MAP_KEYWORDS) if (key in obj) this.schemaMap(obj[key], depth + 1, key);
    for (const key of SCHEMA_LIST_KEYWORDS) if (key in obj) this.schemaList(obj[key], depth + 1, key, false);
    if ('items' in obj) {
      if (this.draft === 'draft-07' && Array.isArray(obj.items)) this.schemaList(obj.items, depth + 1, 'items', true);
      else this.child(obj.items, depth + 1, 'items');
    }
    if (this.draft === '2020-12' && 'prefixItems' in obj) this.schemaList(obj.prefixItems, depth + 1, 'prefixItems', false);
    if ('dependentRequired' in obj) this.dependencies(obj.dependentRequired, depth + 1, 'dependentRequired', false);
    if (this.draft === 'draft-07' && 'dependencies' in obj) this.dependencies(obj.dependencies, depth + 1, 'dependencies', true);
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
  }

  private child(value: unknown, depth: number, keyword: string): void {
    this.path.push(keyword);
    this.schema(value, depth);
    this.path.pop();
  }

  private schemaMap(value: unknown, depth: number, keyword: string): void {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) this.fail(`${keyword} must be an object`);
    this.depth(depth);
    this.path.push(keyword);
    for (const key in value as Record<string, unknown>) {
      if (keyword === 'patternProperties') this.regex(key, 'patternProperties key');
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

  /** Data values (enum, const...) only need a depth check: later steps walk them recursively. */
  private data(value: unknown, depth: number): void {
    if (value === null || typeof value !== 'object') return;
    this.depth(depth);
    const stack: Array<{ value: object; depth: number }> = [{ value, depth }];
    while (stack.length > 0) {
      const top = stack.pop()!;
      this.depth(top.depth);
      for (const key in top.value) {
        const child = (top.value as Record<string, unknown>)[key];
        if (child !== null && typeof child === 'object') stack.push({ value: child, depth: top.depth + 1 });
      }
    }
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

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
