/**
 * A resolved view of an Avro schema: named references point at the shared definition node,
 * names are fully qualified, and every node knows the JSON pointer where it is written.
 * Recursive schemas make this a graph, so walkers must guard against cycles.
 */

export const AVRO_PRIMITIVES = ['null', 'boolean', 'int', 'long', 'float', 'double', 'bytes', 'string'] as const;
export type AvroPrimitiveName = (typeof AVRO_PRIMITIVES)[number];

/** A `logicalType` annotation; the compatibility rules treat it as its underlying type. */
export interface LogicalAnnotation {
  logicalType: string;
  precision?: unknown;
  scale?: unknown;
}

interface NodeBase {
  /** JSON pointer where this node is written (for named types: where it is defined). */
  path: string;
}

export interface PrimitiveNode extends NodeBase {
  kind: 'primitive';
  type: AvroPrimitiveName;
  logical?: LogicalAnnotation;
}

interface NamedBase extends NodeBase {
  fullName: string;
  /** The name without its namespace: Avro resolution compares these. */
  name: string;
  namespace: string;
  /** Fully qualified aliases. */
  aliases: string[];
  doc?: string;
}

export interface FieldNode {
  name: string;
  aliases: string[];
  type: AvroNode;
  hasDefault: boolean;
  default?: unknown;
  doc?: string;
  order?: string;
  /** JSON pointer of the field object, e.g. `/fields/2`. */
  path: string;
}

export interface RecordNode extends NamedBase {
  kind: 'record';
  fields: FieldNode[];
}

export interface EnumNode extends NamedBase {
  kind: 'enum';
  symbols: string[];
  default?: string;
}

export interface FixedNode extends NamedBase {
  kind: 'fixed';
  size: number;
  logical?: LogicalAnnotation;
}

export interface ArrayNode extends NodeBase {
  kind: 'array';
  items: AvroNode;
}

export interface MapNode extends NodeBase {
  kind: 'map';
  values: AvroNode;
}

export interface UnionNode extends NodeBase {
  kind: 'union';
  branches: AvroNode[];
}

export type NamedNode = RecordNode | EnumNode | FixedNode;
export type AvroNode = PrimitiveNode | NamedNode | ArrayNode | MapNode | UnionNode;

/**
 * Whether a node is a record, enum or fixed: the types Avro resolves by name.
 *
 * @example
 * isNamed(readSchemaGraph('string')); // false
 */
export function isNamed(node: AvroNode): node is NamedNode {
  return node.kind === 'record' || node.kind === 'enum' || node.kind === 'fixed';
}

/**
 * The name a union branch goes by in Avro's JSON encoding (`{"string": "x"}`, `{"com.acme.Order": {...}}`).
 *
 * @example
 * branchName(readSchemaGraph({ type: 'array', items: 'int' })); // 'array'
 */
export function branchName(node: AvroNode): string {
  if (isNamed(node)) return node.fullName;
  if (node.kind === 'primitive') return node.type;
  return node.kind;
}

/**
 * A short human label for a type: `int`, `record com.acme.Order`, `array of string`, `union [null, string]`.
 *
 * @example
 * describeType(readSchemaGraph(['null', 'string'])); // 'union [null, string]'
 */
export function describeType(node: AvroNode): string {
  switch (node.kind) {
    case 'primitive':
      return node.logical ? `${node.type} (${node.logical.logicalType})` : node.type;
    case 'record':
    case 'enum':
    case 'fixed':
      return `${node.kind} ${node.fullName}`;
    case 'array':
      return `array of ${describeType(node.items)}`;
    case 'map':
      return `map of ${describeType(node.values)}`;
    case 'union':
      return `union [${node.branches.map(branchName).join(', ')}]`;
  }
}
