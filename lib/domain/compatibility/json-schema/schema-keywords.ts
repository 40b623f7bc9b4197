/** How a schema's keywords group into the node graph's concerns (types, annotations, unmodeled keywords). */
import { canonicalJson } from './canonical-json';
import type { CombinedNode, SchemaMeta } from './schema-node';

type Raw = Record<string, unknown>;
export type TypeName = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'object' | 'array';

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

/** Shared by every node without unmodeled keywords (never mutated): most nodes, so no Map each. */
export const NONE: ReadonlyMap<string, string> = new Map();
/** Shared by every node without annotations (never mutated, only replaced). */
export const NO_META: SchemaMeta = Object.freeze({ hasDefault: false });
const META_KEYWORDS = ['$id', 'title', 'description', 'default', 'examples', '$comment'];
const COMBINERS = ['allOf', 'anyOf', 'oneOf'] as const;

/** One bit per group of keywords, so one pass over a schema's own keys tells which groups it uses. */
const META = 1;
const UNMODELED_BIT = 2;
const IMPLIES: Record<keyof typeof TYPE_KEYWORDS, number> = { string: 4, number: 8, object: 16, array: 32 };
const KEYWORD_BITS = new Map<string, number>();
const addBits = (keys: string[], bit: number) => keys.forEach((key) => KEYWORD_BITS.set(key, (KEYWORD_BITS.get(key) ?? 0) | bit));
addBits(META_KEYWORDS, META);
addBits(UNMODELED, UNMODELED_BIT);
for (const type of Object.keys(TYPE_KEYWORDS) as Array<keyof typeof TYPE_KEYWORDS>) addBits(TYPE_KEYWORDS[type], IMPLIES[type]);

export function keywordBits(obj: Raw): number {
  let bits = 0;
  for (const key in obj) bits |= KEYWORD_BITS.get(key) ?? 0;
  return bits;
}
export type Part = TypeName[] | 'enum' | 'const' | CombinedNode['criterion'] | 'not';

/** The validation concerns of a schema object, in the order the synthetic allOf lists them. */
export function partsOf(obj: Raw, bits: number): Part[] {
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

export function metaOf(raw: Raw, bits: number): SchemaMeta {
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

export function unmodeledOf(raw: Raw, bits: number): ReadonlyMap<string, string> {
  if (!(bits & UNMODELED_BIT)) return NONE;
  let found: Map<string, string> | undefined;
  for (const key of UNMODELED) if (key in raw) (found ??= new Map()).set(key, canonicalJson(raw[key]));
  return found ?? NONE;
}

export function num(obj: Raw, key: string): number | undefined {
  const value = obj[key];
  return typeof value === 'number' ? value : undefined;
}
