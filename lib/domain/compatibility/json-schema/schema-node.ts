/**
 * A JSON Schema seen the way Confluent's checker (via the everit loader) sees it: one node per
 * validation concern. `type: [a, b]` becomes a synthetic `anyOf`; a schema mixing a type with
 * `enum`, `allOf`, `not`... becomes a synthetic `allOf` of those parts; `$ref` is resolved away.
 */

import type { PairAnalysis } from './analyse-pair';
import type { SchemaIdIndex } from './resolve-ref';

export type JsonSchemaDraft = 'draft-07' | '2020-12';

/** Annotations compared as metadata (never breaking). */
export interface SchemaMeta {
  id?: string;
  title?: string;
  description?: string;
  hasDefault: boolean;
  default?: unknown;
  examples?: unknown;
  comment?: string;
}

interface NodeBase {
  meta: SchemaMeta;
  /** The raw schema object this node stands for (synthetic parts get a built object). */
  raw: unknown;
  /** Keywords we do not model (`propertyNames`, `if`...), canonical JSON per keyword. */
  unmodeled: ReadonlyMap<string, string>;
}

export interface EmptyNode extends NodeBase {
  kind: 'empty';
}
export interface FalseNode extends NodeBase {
  kind: 'false';
}
export interface StringNode extends NodeBase {
  kind: 'string';
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
}
export interface NumberNode extends NodeBase {
  kind: 'number';
  integer: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
}
export interface BooleanNode extends NodeBase {
  kind: 'boolean';
}
export interface NullNode extends NodeBase {
  kind: 'null';
}
/**
 * The schemas of an object's declared properties. Built on first read: the diff skips properties
 * declared identically in both versions, so their nodes are usually never needed.
 */
export interface PropertySchemas extends Iterable<[string, SchemaNode]> {
  readonly size: number;
  get(key: string): SchemaNode | undefined;
  has(key: string): boolean;
  keys(): Iterable<string>;
}

export interface ObjectNode extends NodeBase {
  kind: 'object';
  properties: PropertySchemas;
  /** Raw property schemas, to read `default` on the declaration site even behind a `$ref`. */
  propertyHasDefault: Set<string>;
  required: Set<string>;
  patternProperties: Map<string, SchemaNode>;
  /** false when `additionalProperties: false`. */
  permitsAdditional: boolean;
  /** Set when `additionalProperties` is a (non-empty) schema: a partially open content model. */
  additionalSchema?: SchemaNode;
  minProperties?: number;
  maxProperties?: number;
  /** `dependencies` (array form) or `dependentRequired`; keyword kept for paths. */
  dependentRequired: Map<string, string[]>;
  dependentRequiredKeyword: 'dependencies' | 'dependentRequired';
  dependentSchemas: Map<string, SchemaNode>;
  dependentSchemasKeyword: 'dependencies' | 'dependentSchemas';
}
export interface ArrayNode extends NodeBase {
  kind: 'array';
  /** Schema every item must match (`items` object; in 2020-12 only without `prefixItems`). */
  items?: SchemaNode;
  /** Positional schemas (`prefixItems`, or draft-07 `items: [...]`). */
  tuple: SchemaNode[];
  tupleKeyword: 'items' | 'prefixItems';
  permitsAdditionalItems: boolean;
  additionalItemsSchema?: SchemaNode;
  /** `additionalItems`, or `items` when it follows `prefixItems` in 2020-12. */
  additionalItemsKeyword: 'additionalItems' | 'items';
  minItems?: number;
  maxItems?: number;
  uniqueItems: boolean;
  minContains?: number;
  maxContains?: number;
}
export interface EnumNode extends NodeBase {
  kind: 'enum';
  keyword: 'enum' | 'const';
  values: unknown[];
  /** Canonical JSON of each value, for set comparison. */
  keys: string[];
}
export interface CombinedNode extends NodeBase {
  kind: 'combined';
  criterion: 'allOf' | 'anyOf' | 'oneOf';
  subschemas: SchemaNode[];
  /** Path segments from this node to each subschema (empty for synthetic parts). */
  segments: string[][];
  /** Built by the loader (type list, or keywords of several concerns), not written by the author. */
  synthetic: boolean;
}
export interface NotNode extends NodeBase {
  kind: 'not';
  schema: SchemaNode;
}

export type SchemaNode =
  | EmptyNode
  | FalseNode
  | StringNode
  | NumberNode
  | BooleanNode
  | NullNode
  | ObjectNode
  | ArrayNode
  | EnumNode
  | CombinedNode
  | NotNode;

/** A parsed, validated JSON Schema document. */
export interface JsonSchemaDocument {
  draft: JsonSchemaDraft;
  /** The schema as JSON.parse returned it. */
  raw: unknown;
  /** Where its `$id`s and anchors are, for following `$ref`s in `raw`. */
  ids: SchemaIdIndex;
  /** How many subschemas it holds (bounds the work spent on counterexamples). */
  nodes: number;
  root: SchemaNode;
  /** The last analysis of this (old) document against a new one (see analysePair). */
  analysed?: { next: JsonSchemaDocument; analysis: PairAnalysis };
}

/** A short human name of what a node accepts: `string`, `integer`, `anyOf`, `any value`. */
export function describeNodeType(node: SchemaNode): string {
  switch (node.kind) {
    case 'empty':
      return 'any value';
    case 'false':
      return 'nothing';
    case 'number':
      return node.integer ? 'integer' : 'number';
    case 'enum':
      return node.keyword === 'const' ? 'a constant' : 'an enum';
    case 'combined':
      return node.synthetic && node.criterion === 'anyOf'
        ? node.subschemas.map(describeNodeType).join(' | ')
        : node.criterion;
    case 'not':
      return 'not';
    default:
      return node.kind;
  }
}
