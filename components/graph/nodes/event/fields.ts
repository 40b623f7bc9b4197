import { EVENT_KINDS, LIFECYCLE_STATUSES } from '@/lib/domain/model';
import type { FieldSpec } from '../field-spec';

/** What the side panel lets you edit on an event (schemas are versioned on the event page). */
export const EVENT_FIELDS: FieldSpec[] = [
  { key: 'name', label: 'Name', type: 'text' },
  { key: 'summary', label: 'Summary', type: 'text' },
  { key: 'description', label: 'Description', type: 'textarea' },
  { key: 'owner', label: 'Owner', type: 'text' },
  { key: 'tags', label: 'Tags', type: 'tags' },
  { key: 'status', label: 'Status', type: 'select', options: LIFECYCLE_STATUSES },
  { key: 'kind', label: 'Kind', type: 'select', options: EVENT_KINDS },
];
