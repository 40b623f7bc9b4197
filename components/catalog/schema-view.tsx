/** JSON text pretty-printed when it parses; shown as written otherwise. */
export function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

/**
 * A schema or payload in a scrollable code block. No aria-label on purpose: it would
 * compete with the form's "Schema" and "Examples" fields for their accessible names.
 */
export function SchemaView({ text, testId }: { text: string; testId?: string }) {
  return (
    <pre data-testid={testId} className="max-h-[28rem] overflow-auto rounded-md bg-slate-900 p-3 font-mono text-xs leading-relaxed text-slate-100">
      <code>{prettyJson(text)}</code>
    </pre>
  );
}
