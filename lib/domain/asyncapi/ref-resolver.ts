/**
 * `$ref` resolution over the uploaded files, in memory. Keeps track of where
 * every value came from (file + JSON pointer), which is how the importer
 * recognises the same message reached through different refs, and how it makes
 * payload schemas self-contained.
 */
import type { SourceFile } from './parse-documents';
import { resolveRelative } from './parse-documents';
import { pointerSegment } from './schema-refs';
import { isObject, type Diagnostic, type JsonObject } from './types';

/** A value and where it lives. */
export interface Located {
  value: unknown;
  file: string;
  pointer: string;
}

/** Identity of a location, e.g. `/main.yaml#/components/messages/A`. */
export const locationKey = (loc: { file: string; pointer: string }) => `${loc.file}#${loc.pointer}`;

/**
 * Resolves refs over a set of parsed files; collects warnings (cut cycles) as it goes.
 *
 * @example
 * const resolver = new RefResolver(files, warnings);
 * resolver.schema(message.payload, '/asyncapi.yaml', '/components/messages/A/payload');
 */
export class RefResolver {
  constructor(
    private readonly files: Map<string, SourceFile>,
    readonly warnings: Diagnostic[],
  ) {}

  /** The value at a pointer of a file, or undefined. */
  at(file: string, pointer: string): unknown {
    let node = this.files.get(file)?.json;
    if (pointer === '') return node;
    for (const raw of pointer.slice(1).split('/')) {
      const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (Array.isArray(node)) node = node[Number(segment)];
      else if (isObject(node)) node = node[segment];
      else return undefined;
    }
    return node;
  }

  /** Where a `$ref` found in `file` points. */
  target(ref: string, file: string): { file: string; pointer: string } {
    const hash = ref.indexOf('#');
    const filePart = hash === -1 ? ref : ref.slice(0, hash);
    const fragment = hash === -1 ? '' : ref.slice(hash + 1);
    return {
      file: filePart === '' ? file : resolveRelative(file, filePart),
      pointer: safeDecode(fragment),
    };
  }

  /**
   * Follows `$ref` chains until a value that is not a reference.
   *
   * @example
   * resolver.follow({ $ref: '#/components/messages/A' }, '/main.yaml', '/channels/c/messages/A').pointer
   * // '/components/messages/A'
   */
  follow(value: unknown, file: string, pointer: string): Located {
    let current: Located = { value, file, pointer };
    const seen = new Set<string>();
    while (isObject(current.value) && typeof current.value.$ref === 'string') {
      const key = locationKey(current);
      if (seen.has(key)) break;
      seen.add(key);
      const target = this.target(current.value.$ref, current.file);
      current = { ...target, value: this.at(target.file, target.pointer) };
    }
    return current;
  }

  /**
   * The node at `segments` below a located node, with its `$ref` followed.
   *
   * @example
   * resolver.child(channelLoc, 'messages', 'OrderCreated').pointer; // '/channels/orders/messages/OrderCreated'
   */
  child(parent: Located, ...segments: string[]): Located {
    const value = segments.reduce<unknown>((node, s) => (Array.isArray(node) ? node[Number(s)] : isObject(node) ? node[s] : undefined), parent.value);
    return this.follow(value, parent.file, `${parent.pointer}/${segments.map(pointerSegment).join('/')}`);
  }

  /**
   * A deep copy with every `$ref` replaced by its target (for bindings, extras, examples...).
   * A reference cycle is cut to `{}` with a warning.
   */
  deref(value: unknown, file: string, pointer: string, stack: string[] = []): unknown {
    if (Array.isArray(value)) return value.map((item, i) => this.deref(item, file, `${pointer}/${i}`, stack));
    if (!isObject(value)) return value;
    if (typeof value.$ref === 'string') {
      const target = this.follow(value, file, pointer);
      const key = locationKey(target);
      if (stack.includes(key)) {
        this.warnings.push({ message: `Circular reference ${value.$ref} cut.`, path: pointer, severity: 'warning', file });
        return {};
      }
      return this.deref(target.value, target.file, target.pointer, [...stack, key]);
    }
    const out: JsonObject = {};
    for (const [key, item] of Object.entries(value)) out[key] = this.deref(item, file, `${pointer}/${escape(key)}`, stack);
    return out;
  }

  /**
   * A self-contained copy of the schema at a location: refs into the schema
   * itself become local (`#/...`), refs elsewhere are inlined, and recursive
   * ones land in `$defs` so the schema text stands on its own.
   */
  schema(value: unknown, file: string, pointer: string): unknown {
    const root = this.follow(value, file, pointer);
    const defs = new Map<string, { name: string; located: Located; value?: unknown }>();
    const usedNames = new Set(isObject(root.value) && isObject(root.value.$defs) ? Object.keys(root.value.$defs) : []);
    const inRoot = (loc: { file: string; pointer: string }) =>
      loc.file === root.file && (loc.pointer === root.pointer || loc.pointer.startsWith(`${root.pointer}/`));

    const visit = (node: unknown, at: { file: string; pointer: string }, stack: string[]): unknown => {
      if (Array.isArray(node)) return node.map((item, i) => visit(item, { ...at, pointer: `${at.pointer}/${i}` }, stack));
      if (!isObject(node)) return node;
      if (typeof node.$ref === 'string') {
        const { $ref, ...siblings } = node;
        const direct = this.target($ref, at.file);
        let replaced: unknown;
        if (inRoot(direct)) {
          replaced = { $ref: `#${direct.pointer.slice(root.pointer.length)}` };
        } else {
          const target = this.follow(node, at.file, at.pointer);
          const key = locationKey(target);
          if (inRoot(target)) {
            replaced = { $ref: `#${target.pointer.slice(root.pointer.length)}` };
          } else if (stack.includes(key)) {
            let def = defs.get(key);
            if (!def) {
              def = { name: uniqueName(lastSegment(target.pointer), usedNames), located: target };
              defs.set(key, def);
            }
            replaced = { $ref: `#/$defs/${escape(def.name)}` };
          } else {
            replaced = visit(target.value, target, [...stack, key]);
          }
        }
        if (Object.keys(siblings).length === 0 || !isObject(replaced)) return replaced;
        return { ...replaced, ...(visit(siblings, at, stack) as JsonObject) };
      }
      const out: JsonObject = {};
      for (const [key, item] of Object.entries(node)) out[key] = visit(item, { ...at, pointer: `${at.pointer}/${escape(key)}` }, stack);
      return out;
    };

    const result = visit(root.value, root, [locationKey(root)]);
    // Definitions can reveal further cycles; resolve until none are left.
    for (let pending = [...defs.entries()]; pending.length > 0; pending = [...defs.entries()].filter(([, d]) => d.value === undefined)) {
      for (const [key, def] of pending) def.value = visit(def.located.value, def.located, [locationKey(root), key]);
    }
    if (defs.size === 0 || !isObject(result)) return result;
    const $defs: JsonObject = isObject(result.$defs) ? { ...result.$defs } : {};
    for (const def of defs.values()) $defs[def.name] = def.value;
    return { ...result, $defs };
  }
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function lastSegment(pointer: string): string {
  const last = pointer.slice(pointer.lastIndexOf('/') + 1).replace(/~1/g, '/').replace(/~0/g, '~');
  return last === '' ? 'Schema' : last;
}

function uniqueName(base: string, used: Set<string>): string {
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
  used.add(name);
  return name;
}

function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
