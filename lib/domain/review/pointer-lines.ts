/** A JSON document printed with 2-space indentation, and the lines each JSON pointer spans. */
export interface PrintedJson {
  /** Exactly `JSON.stringify(value, null, 2)` split into lines. */
  lines: string[];
  /** Pointer (`''` for the root, `/properties/total`) → first and last 1-based line of that value. */
  spans: Map<string, { first: number; last: number }>;
}

/**
 * Prints a parsed JSON value the way `JSON.stringify(value, null, 2)` does, remembering
 * where each member and element starts and ends, so a change's pointer can be shown in place.
 *
 * @example
 * printJson({ a: { b: 1 } }).spans.get('/a/b'); // { first: 3, last: 3 }
 */
export function printJson(value: unknown): PrintedJson {
  const lines: string[] = [];
  const spans = new Map<string, { first: number; last: number }>();

  const print = (node: unknown, pointer: string, indent: string, prefix: string, suffix: string): void => {
    const first = lines.length + 1;
    const children = containerEntries(node);
    if (children === undefined || children.entries.length === 0) {
      lines.push(`${indent}${prefix}${scalarText(node, children)}${suffix}`);
    } else {
      const [open, close] = children.array ? ['[', ']'] : ['{', '}'];
      lines.push(`${indent}${prefix}${open}`);
      children.entries.forEach(([key, child], index) => {
        const comma = index < children.entries.length - 1 ? ',' : '';
        const label = children.array ? '' : `${JSON.stringify(key)}: `;
        print(child, `${pointer}/${escapePointer(key)}`, indent + '  ', label, comma);
      });
      lines.push(`${indent}${close}${suffix}`);
    }
    spans.set(pointer, { first, last: lines.length });
  };
  print(value, '', '', '', '');
  return { lines, spans };
}

/** Members or elements JSON.stringify would print; undefined for scalars. */
function containerEntries(node: unknown): { array: boolean; entries: Array<[string, unknown]> } | undefined {
  if (Array.isArray(node)) return { array: true, entries: node.map((v, i) => [String(i), v ?? null]) };
  if (node !== null && typeof node === 'object') {
    return { array: false, entries: Object.entries(node).filter(([, v]) => v !== undefined && typeof v !== 'function') };
  }
  return undefined;
}

function scalarText(node: unknown, children: { array: boolean } | undefined): string {
  if (children) return children.array ? '[]' : '{}';
  return JSON.stringify(node) ?? 'null';
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The lines a change's pointer names in a printed document. A segment that is no key but a
 * value of a list of names (`/required/total`, `/enum/RED`) names that element. Returns
 * undefined when the pointer does not resolve (the thing is not on this side).
 *
 * @example
 * linesOfPointer(printJson({ required: ['id', 'total'] }), '/required/total'); // { first: 4, last: 4 }
 */
export function linesOfPointer(printed: PrintedJson, pointer: string, value: unknown): { first: number; last: number } | undefined {
  if (pointer === '' || pointer === '/') return printed.spans.get('');
  const segments = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = value;
  let resolved = '';
  for (const segment of segments) {
    if (Array.isArray(node)) {
      const byIndex = /^\d+$/.test(segment) && Number(segment) < node.length ? Number(segment) : -1;
      const index = byIndex >= 0 ? byIndex : node.findIndex((item) => typeof item !== 'object' && String(item) === segment);
      if (index < 0) return undefined;
      node = node[index];
      resolved += `/${index}`;
    } else if (node !== null && typeof node === 'object' && Object.prototype.hasOwnProperty.call(node, segment)) {
      node = (node as Record<string, unknown>)[segment];
      resolved += `/${escapePointer(segment)}`;
    } else {
      return undefined;
    }
  }
  return printed.spans.get(resolved);
}
