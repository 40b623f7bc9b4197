/** Shared types of the AsyncAPI exporter and importer. */

export type AsyncApiVersion = '3.0.0' | '2.6.0';

/** What part of the catalog an export describes. */
export type ExportScope =
  | { kind: 'workspace' }
  | { kind: 'service'; serviceId: string }
  | { kind: 'flow'; flowId: string };

export interface ExportOptions {
  version: AsyncApiVersion;
  scope: ExportScope;
  /** `info.version` of the generated document; defaults to `1.0.0`. */
  infoVersion?: string;
}

/** An AsyncAPI document as plain data; keys are inserted in a fixed order so serialising is deterministic. */
export type AsyncApiDocument = Record<string, unknown>;

/** A problem found in an uploaded document; `path` is a JSON pointer (`/channels/orders/address`). */
export interface Diagnostic {
  message: string;
  path: string;
  severity: 'error' | 'warning';
  file?: string;
}

export type JsonObject = Record<string, unknown>;

/** Whether `value` is a plain object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
