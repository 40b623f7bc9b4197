import type { ComponentPropsWithoutRef, ReactElement } from 'react';
import renderMarkdown, { type Components } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import { TextKeyedCache } from '@/lib/domain/text-keyed-cache';

type HeadingProps = ComponentPropsWithoutRef<'h2'> & { node?: unknown };

/** Headings move one level down: the page's own `<h1>` is the item's name, and stays the only one. */
const components: Components = {
  h1: ({ node: _node, ...props }: HeadingProps) => <h2 className="mt-4 mb-2 text-xl font-semibold" {...props} />,
  h2: ({ node: _node, ...props }: HeadingProps) => <h3 className="mt-4 mb-2 text-lg font-semibold" {...props} />,
  h3: ({ node: _node, ...props }: HeadingProps) => <h4 className="mt-3 mb-1 font-semibold" {...props} />,
  h4: ({ node: _node, ...props }: HeadingProps) => <h5 className="mt-3 mb-1 font-semibold" {...props} />,
  a: ({ node: _node, ...props }: ComponentPropsWithoutRef<'a'> & { node?: unknown }) => <a {...props} rel="noopener noreferrer nofollow" />,
};

/**
 * Parsed and sanitised descriptions by their source text: the element tree depends on the text
 * alone, so an edited description is a new key. Parsing was most of an event page's own render.
 * The budget bounds the kept sources to 2 MB (descriptions are at most 20,000 characters).
 */
const parsed = new TextKeyedCache<ReactElement>(2_000_000);

/**
 * Renders a catalog description. Raw HTML in the source is never executed:
 * react-markdown does not parse it, and rehype-sanitize strips what slips through
 * (event handlers, `javascript:` links) — descriptions come from any editor or import.
 */
export function Markdown({ source, emptyText = 'No description yet.' }: { source: string; emptyText?: string }) {
  if (!source.trim()) return <p className="text-sm italic text-slate-500">{emptyText}</p>;
  return <div className="prose-catalog text-slate-800">{parsed.get(source, parseMarkdown)}</div>;
}

/** What `<ReactMarkdown rehypePlugins={[rehypeSanitize]}>` renders, as an element tree to keep. */
export function parseMarkdown(source: string): ReactElement {
  return renderMarkdown({ children: source, rehypePlugins: [rehypeSanitize], components });
}
