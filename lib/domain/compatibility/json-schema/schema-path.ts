/** JSON pointer of schema path segments (`['properties', 'a/b']` → `/properties/a~1b`); root is ''. */
export function toPointer(segments: string[]): string {
  let pointer = '';
  for (const segment of segments) pointer += '/' + (NEEDS_ESCAPE.test(segment) ? segment.replace(/~/g, '~0').replace(/\//g, '~1') : segment);
  return pointer;
}
const NEEDS_ESCAPE = /[~/]/;

/** Segments of a JSON pointer. */
export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const KEYWORDS_WITH_NAME = new Set(['properties', 'patternProperties', 'dependencies', 'dependentRequired', 'dependentSchemas', 'required', '$defs', 'definitions']);

/**
 * A reader-friendly name of the data a schema path constrains: `customer.email`, `lines[]`,
 * `point[0]`; `the message` for the root.
 *
 * @example fieldName(['properties', 'lines', 'items', 'properties', 'sku']) // 'lines[].sku'
 */
export function fieldName(segments: string[]): string {
  let name = '';
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index]!;
    const next = segments[index + 1];
    if ((segment === 'properties' || segment === 'required' || segment === 'dependencies' || segment === 'dependentRequired' || segment === 'dependentSchemas') && next !== undefined) {
      name += name === '' ? next : `.${next}`;
      index += 1;
    } else if (segment === 'patternProperties' && next !== undefined) {
      name += `${name === '' ? '' : '.'}/${next}/`;
      index += 1;
    } else if ((segment === 'items' || segment === 'prefixItems') && next !== undefined && /^\d+$/.test(next)) {
      name += `[${next}]`;
      index += 1;
    } else if (segment === 'items') {
      name += '[]';
    } else if (segment === 'additionalProperties') {
      name += name === '' ? '*' : '.*';
    } else if ((segment === 'allOf' || segment === 'anyOf' || segment === 'oneOf') && next !== undefined) {
      index += 1;
    } else if (KEYWORDS_WITH_NAME.has(segment)) {
      index += 1;
    }
  }
  return name;
}

/** `` `customer.email` `` or `the message` (for the root). */
export function describeField(segments: string[]): string {
  const name = fieldName(segments);
  return name === '' ? 'the message' : `\`${name}\``;
}
