/**
 * Matches a request path against App Router style route paths (`/api/v1/workspaces/[workspace]`)
 * the way Next's router does for our routes: whole segments, a static segment wins over a dynamic
 * one at the same place, and dynamic values are percent-decoded.
 */

interface TrieNode<T> {
  fixed: Map<string, TrieNode<T>>;
  dynamic?: { name: string; node: TrieNode<T> };
  value?: T;
}

export interface RouteMatch<T> {
  value: T;
  params: Record<string, string>;
}

const newNode = <T>(): TrieNode<T> => ({ fixed: new Map() });

/**
 * A matcher over route paths; `[name]` segments capture one decoded path segment.
 *
 * @example
 * const match = routeMatcher([['/api/v1/workspaces/[workspace]', 'workspace']]);
 * match('/api/v1/workspaces/demo'); // { value: 'workspace', params: { workspace: 'demo' } }
 */
export function routeMatcher<T>(routes: Array<[path: string, value: T]>): (pathname: string) => RouteMatch<T> | undefined {
  const root = newNode<T>();
  for (const [path, value] of routes) {
    let node = root;
    for (const segment of path.split('/').slice(1)) {
      const dynamic = /^\[([A-Za-z_][A-Za-z0-9_]*)\]$/.exec(segment);
      if (!dynamic) {
        if (!node.fixed.has(segment)) node.fixed.set(segment, newNode());
        node = node.fixed.get(segment)!;
        continue;
      }
      if (node.dynamic && node.dynamic.name !== dynamic[1]) throw new Error(`Route ${path}: [${dynamic[1]}] clashes with [${node.dynamic.name}] at the same place.`);
      node.dynamic ??= { name: dynamic[1]!, node: newNode() };
      node = node.dynamic.node;
    }
    if (node.value !== undefined) throw new Error(`Route ${path} is listed twice.`);
    node.value = value;
  }
  return (pathname) => {
    if (!pathname.startsWith('/')) return undefined;
    const segments = pathname.split('/').slice(1);
    // Empty segments (`//`, a trailing `/`) are Next's to redirect or refuse.
    if (segments.some((segment) => segment === '')) return undefined;
    return walk(root, segments, 0, {});
  };
}

function walk<T>(node: TrieNode<T>, segments: string[], index: number, params: Record<string, string>): RouteMatch<T> | undefined {
  if (index === segments.length) return node.value === undefined ? undefined : { value: node.value, params };
  const segment = segments[index]!;
  const fixed = node.fixed.get(segment);
  const viaFixed = fixed && walk(fixed, segments, index + 1, params);
  if (viaFixed) return viaFixed;
  if (!node.dynamic) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return undefined; // malformed percent-encoding: Next answers it
  }
  return walk(node.dynamic.node, segments, index + 1, { ...params, [node.dynamic.name]: decoded });
}
