import ReactMarkdown from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';

/**
 * Renders a catalog description. Raw HTML in the source is never executed:
 * react-markdown does not parse it, and rehype-sanitize strips what slips through
 * (event handlers, `javascript:` links) — descriptions come from any editor or import.
 */
export function Markdown({ source, emptyText = 'No description yet.' }: { source: string; emptyText?: string }) {
  if (!source.trim()) return <p className="text-sm italic text-slate-500">{emptyText}</p>;
  return (
    <div className="prose-catalog text-slate-800">
      <ReactMarkdown rehypePlugins={[rehypeSanitize]}>{source}</ReactMarkdown>
    </div>
  );
}
