import { blankToNull, splitTags } from './form-input';

/** The event form's text fields, in the order the form shows them. */
export const EVENT_FIELDS = ['name', 'kind', 'summary', 'description', 'owner', 'tags', 'status', 'compatibility', 'partitionKey', 'channel'] as const;
export const VERSION_FIELDS = ['format', 'schema', 'examples', 'label'] as const;

/** Form text → the shape `EventInputSchema` / `EventUpdateSchema` parse; blanks mean "none" or "default". */
export function eventFields(values: Record<string, string>) {
  return {
    name: values.name,
    kind: values.kind,
    summary: values.summary,
    description: values.description,
    owner: values.owner,
    tags: splitTags(values.tags ?? ''),
    status: values.status,
    compatibility: blankToNull(values.compatibility ?? ''),
    partitionKey: blankToNull(values.partitionKey ?? ''),
    channel: blankToNull(values.channel ?? ''),
  };
}
