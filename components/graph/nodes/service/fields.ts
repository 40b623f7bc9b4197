import type { FieldSpec } from '../field-spec';

/** What the side panel lets you edit on a service. */
export const SERVICE_FIELDS: FieldSpec[] = [
  { key: 'name', label: 'Name', type: 'text' },
  { key: 'description', label: 'Description', type: 'textarea' },
  { key: 'owner', label: 'Owner', type: 'text' },
  { key: 'tags', label: 'Tags', type: 'tags' },
  { key: 'repositoryUrl', label: 'Repository URL', type: 'text' },
];
