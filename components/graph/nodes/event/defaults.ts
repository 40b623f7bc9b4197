/**
 * The catalog input for an event dropped from the palette: a draft, with no schema yet.
 *
 * @example
 * newEvent('OrderPlaced').status; // 'draft'
 */
export function newEvent(name: string) {
  return { name, kind: 'event' as const, summary: '', description: '', owner: '', tags: [] as string[], status: 'draft' as const };
}
