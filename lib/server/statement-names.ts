import { createHash } from 'node:crypto';

/**
 * Names for Postgres prepared statements, one per distinct SQL text, so each pooled connection
 * parses and plans a statement it has seen before only once (planning was about half of
 * Postgres's CPU for the event read). Texts with many parameters (variable-length lists) and
 * texts beyond `maxNames` stay unnamed, so neither the client's nor the server's statement
 * caches grow without bound.
 *
 * @example new PrismaPg(url, { statementNameGenerator: statementNamer() })
 */
export function statementNamer(maxNames = 1_000, maxParameters = 32): (query: { sql: string; args: unknown[] }) => string {
  const names = new Map<string, string>();
  // '' is the protocol's unnamed statement: parsed and planned for this run only.
  return ({ sql, args }) => {
    if (args.length > maxParameters) return '';
    const known = names.get(sql);
    if (known !== undefined) return known;
    if (names.size >= maxNames) return '';
    // The name must follow the text exactly: pg refuses one name prepared with two texts.
    const name = `ef_${createHash('sha256').update(sql).digest('base64url').slice(0, 32)}`;
    names.set(sql, name);
    return name;
  };
}
