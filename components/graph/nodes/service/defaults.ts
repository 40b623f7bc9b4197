/**
 * The catalog input for a service dropped from the palette: just its name; the rest is filled in the side panel.
 *
 * @example
 * newService('Billing'); // { name: 'Billing', description: '', owner: '', tags: [] }
 */
export function newService(name: string) {
  return { name, description: '', owner: '', tags: [] as string[] };
}
