import type { z } from 'zod';

/** The named text fields of a submitted form, as the form will show them again. */
export function formValues(form: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? '')]));
}

/** "orders, billing ,, eu" → ["orders", "billing", "eu"]. */
export function splitTags(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((tag) => tag.trim())
    .filter(Boolean);
}

/** An empty optional field means "none". */
export function blankToNull(text: string): string | null {
  return text.trim() === '' ? null : text.trim();
}

/**
 * The examples textarea: a JSON array of payloads (a single object counts as one
 * example). Returns the problem as text when it is not JSON.
 */
export function parseExamples(text: string): { examples: unknown[] } | { error: string } {
  if (text.trim() === '') return { examples: [] };
  try {
    const parsed: unknown = JSON.parse(text);
    return { examples: Array.isArray(parsed) ? parsed : [parsed] };
  } catch (error) {
    return { error: `Examples must be JSON, e.g. [{"orderId": "o-1"}]: ${(error as Error).message}` };
  }
}

/** The first zod message for each top-level field. */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}
