import type { FieldSpec } from '../nodes/field-spec';

export type Draft = Record<string, string>;

/**
 * The form's text values for an item's editable fields (tags as "a, b").
 *
 * @example
 * draftOf({ name: 'Billing', tags: ['pay', 'core'] }, fields); // { name: 'Billing', tags: 'pay, core', ... }
 */
export function draftOf(item: Record<string, unknown>, fields: FieldSpec[]): Draft {
  return Object.fromEntries(
    fields.map((f) => {
      const value = item[f.key];
      return [f.key, f.type === 'tags' ? (Array.isArray(value) ? value.join(', ') : '') : value === null || value === undefined ? '' : String(value)];
    }),
  );
}

/**
 * Only the fields the user changed, converted back to API values.
 *
 * @example
 * patchOf({ owner: 'a', tags: '' }, { owner: 'b', tags: 'x, y' }, fields); // { owner: 'b', tags: ['x', 'y'] }
 */
export function patchOf(base: Draft, draft: Draft, fields: FieldSpec[]): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const f of fields) {
    if (draft[f.key] === base[f.key]) continue;
    const text = draft[f.key] ?? '';
    patch[f.key] = f.type === 'tags' ? text.split(',').map((t) => t.trim()).filter(Boolean) : text;
  }
  return patch;
}

/**
 * Fields where what is saved now differs from what the user typed (shown after a conflict).
 *
 * @example
 * differences({ owner: 'ops' }, { owner: 'me' }, fields); // [{ label: 'Owner', current: 'ops' }]
 */
export function differences(current: Draft, draft: Draft, fields: FieldSpec[]): Array<{ label: string; current: string }> {
  return fields.filter((f) => current[f.key] !== draft[f.key]).map((f) => ({ label: f.label, current: current[f.key] ?? '' }));
}
