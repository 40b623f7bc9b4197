/** One editable field of a catalog item in the side panel. */
export interface FieldSpec {
  key: string;
  label: string;
  type: 'text' | 'textarea' | 'tags' | 'select';
  options?: readonly string[];
}
