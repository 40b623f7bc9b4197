import { PROTOCOLS } from '@/lib/domain/model';
import type { FieldSpec } from '../field-spec';

/** What the side panel lets you edit on a channel. */
export const CHANNEL_FIELDS: FieldSpec[] = [
  { key: 'name', label: 'Name', type: 'text' },
  { key: 'address', label: 'Address', type: 'text' },
  { key: 'protocol', label: 'Protocol', type: 'select', options: PROTOCOLS },
  { key: 'description', label: 'Description', type: 'textarea' },
];
