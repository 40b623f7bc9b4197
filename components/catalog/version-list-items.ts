import type { EventVersion, EventVersionHeader } from '@/lib/domain/model';
import { formatTime } from './meta-list';
import { prettyJson } from './schema-view';

/**
 * A version as the event page's list and publish form receive it: what they show and nothing
 * more (no event id), with its time formatted on the server so the browser's locale data
 * cannot disagree with the server's while hydrating.
 */
export interface VersionListHeader {
  id: string;
  number: number;
  label: string;
  format: string;
  createdBy: string | null;
  /** `formatTime(createdAt)`. */
  createdAtText: string;
}

/** A version with its content: the page's newest versions. */
export interface VersionListItem extends VersionListHeader {
  schema: string;
  examples: unknown[];
  compatibilityReport: unknown;
}

/**
 * Older versions (newest first) as list rows whose content loads when opened.
 * @example versionListHeaders(page.olderVersions)[0].number
 */
export function versionListHeaders(versions: EventVersionHeader[]): VersionListHeader[] {
  return versions.map((v) => ({ id: v.id, number: v.number, label: v.label, format: v.format, createdBy: v.createdBy, createdAtText: formatTime(v.createdAt) }));
}

/**
 * The event's versions (newest first) as the client version list takes them.
 * @example versionListItems(detail.versions)[0].createdAtText // '27 Nov 2026, 23:32 UTC'
 */
export function versionListItems(versions: EventVersion[]): VersionListItem[] {
  return versions.map((v) => ({
    id: v.id,
    number: v.number,
    label: v.label,
    format: v.format,
    schema: v.schema,
    examples: v.examples,
    createdBy: v.createdBy,
    createdAtText: formatTime(v.createdAt),
    compatibilityReport: v.compatibilityReport,
  }));
}

/**
 * The publish form's starting values: the latest version, pretty-printed so a change is an edit.
 * Computed where the form renders, so the page sends the latest schema once (the list's copy).
 * @example publishFormStart({ format: 'avro', schema: '{"type":"string"}', examples: [] }) // { format: 'avro', schema: '{\n  "type": "string"\n}', examples: '' }
 */
export function publishFormStart(latest: Pick<VersionListItem, 'format' | 'schema' | 'examples'> | undefined): Record<string, string> {
  return {
    format: latest?.format ?? 'json-schema',
    schema: latest ? prettyJson(latest.schema) : '',
    examples: latest && latest.examples.length > 0 ? JSON.stringify(latest.examples, null, 2) : '',
  };
}
