/**
 * Import preview: what applying an incoming catalog document to the current one
 * would create, update or leave alone, matched by name. Fields the incoming
 * document leaves out are left alone, so re-importing the same document is a no-op.
 */
import type { CatalogDocument, ConsumerSpec, EventSpec, ProducerSpec } from '../catalog-document';
import { canonicalJson, canonicalJsonText } from './canonical-json';
import { effectiveBindings } from './export-channel';

export type PlanAction = 'create' | 'update' | 'unchanged';
export type PlanItemKind = 'domain' | 'service' | 'channel' | 'event' | 'producer' | 'consumer' | 'flow';

export interface PlanItem {
  kind: PlanItemKind;
  /** The item's name; relations read `Service → Event @ channel`. */
  name: string;
  action: PlanAction;
  /** Fields that differ, for `update`. */
  changes: string[];
}

export interface VersionPlanItem {
  event: string;
  /** `create`: the event is new; `new-version`: the latest schema differs semantically. */
  action: 'create' | 'new-version' | 'unchanged';
}

export interface ImportPlan {
  items: PlanItem[];
  versions: VersionPlanItem[];
  counts: { create: number; update: number; unchanged: number; newVersions: number };
  /** True when applying the document would change nothing. */
  unchanged: boolean;
}

/** What the server stores when a field is left out, so "absent" and "default" compare equal. */
const DEFAULTS: Record<string, unknown> = {
  description: '',
  owner: '',
  repositoryUrl: null,
  tags: [],
  domain: null,
  extras: {},
  address: '',
  partitions: 1,
  retentionHours: null,
  bindings: {},
  kind: 'event',
  summary: '',
  status: 'active',
  compatibility: null,
  partitionKey: null,
  channel: null,
  title: '',
  contentType: null,
  headersSchema: null,
  correlationId: null,
  operationId: null,
  consumerGroup: null,
  retryPolicy: null,
  deadLetterChannel: null,
  idempotencyKey: null,
  fieldsRead: [],
  pinnedVersion: null,
  slug: null,
  nodes: [],
};

/** Fields compared as JSON text rather than as strings. */
const JSON_TEXT_FIELDS = new Set(['headersSchema']);

/**
 * Plans applying `incoming` on top of `current`.
 *
 * @example
 * planCatalogImport(doc, doc).unchanged // true
 */
export function planCatalogImport(current: CatalogDocument, incoming: CatalogDocument): ImportPlan {
  const items: PlanItem[] = [];
  const compare = <T extends object>(
    kind: PlanItemKind,
    list: T[],
    existing: T[],
    key: (item: T) => string,
    skip: string[] = [],
    existingKey: (item: T) => string = key,
    normalize: (field: string, item: T) => unknown = (field, item) => (item as Record<string, unknown>)[field],
  ) => {
    const byKey = new Map(existing.map((item) => [existingKey(item), item]));
    for (const item of list) {
      const before = byKey.get(key(item));
      if (!before) {
        items.push({ kind, name: key(item), action: 'create', changes: [] });
        continue;
      }
      const changes = Object.entries(item)
        .filter(([field, value]) => value !== undefined && !skip.includes(field))
        .filter(([field]) => !sameValue(field, normalize(field, item), normalize(field, before)))
        .map(([field]) => field);
      items.push({ kind, name: key(item), action: changes.length > 0 ? 'update' : 'unchanged', changes });
    }
  };
  // A relation without a channel travels on its event's channel; match on the effective one.
  const relationKey = (doc: CatalogDocument) => {
    const eventChannel = new Map(doc.events.map((e) => [e.name, e.channel ?? null]));
    return (r: ProducerSpec | ConsumerSpec) => {
      const channel = r.channel ?? eventChannel.get(r.event) ?? null;
      return `${r.service} → ${r.event}${channel ? ` @ ${channel}` : ''}`;
    };
  };

  compare('domain', incoming.domains ?? [], current.domains ?? [], (d) => d.name);
  compare('service', incoming.services, current.services, (s) => s.name);
  // Partitions and retention live both in fields and in the Kafka binding; compare bindings as exported.
  compare('channel', incoming.channels, current.channels, (c) => c.name, [], undefined, (field, c) =>
    field === 'bindings' ? effectiveBindings(c) : (c as unknown as Record<string, unknown>)[field],
  );
  compare('event', incoming.events, current.events, (e) => e.name, ['versions']);
  compare('producer', incoming.producers, current.producers, relationKey(incoming), ['service', 'event', 'channel'], relationKey(current));
  compare('consumer', incoming.consumers, current.consumers, relationKey(incoming), ['service', 'event', 'channel'], relationKey(current));
  compare('flow', incoming.flows ?? [], current.flows ?? [], (f) => f.name);

  const currentEvents = new Map(current.events.map((e) => [e.name, e]));
  const versions: VersionPlanItem[] = incoming.events
    .filter((e) => e.versions.length > 0)
    .map((e) => ({ event: e.name, action: versionAction(currentEvents.get(e.name), e) }));

  const count = (action: PlanAction) => items.filter((i) => i.action === action).length;
  const counts = {
    create: count('create'),
    update: count('update'),
    unchanged: count('unchanged'),
    newVersions: versions.filter((v) => v.action === 'new-version').length,
  };
  return { items, versions, counts, unchanged: counts.create + counts.update + counts.newVersions === 0 };
}

function versionAction(before: EventSpec | undefined, incoming: EventSpec): VersionPlanItem['action'] {
  if (!before) return 'create';
  const latest = incoming.versions[incoming.versions.length - 1];
  const previous = before.versions[before.versions.length - 1];
  if (!latest) return 'unchanged';
  if (!previous || previous.format !== latest.format) return 'new-version';
  return schemaKey(previous.schema) === schemaKey(latest.schema) ? 'unchanged' : 'new-version';
}

/** Canonical schema text; the boolean schemas equal their object forms (`true` ≡ `{}`). */
function schemaKey(text: string): string {
  const key = canonicalJsonText(text);
  return key === 'true' ? '{}' : key === 'false' ? '{"not":{}}' : key;
}

function sameValue(field: string, incoming: unknown, current: unknown): boolean {
  const before = current === undefined ? DEFAULTS[field] : current;
  if (JSON_TEXT_FIELDS.has(field) && typeof incoming === 'string' && typeof before === 'string') {
    return canonicalJsonText(incoming) === canonicalJsonText(before);
  }
  return canonicalJson(incoming ?? null) === canonicalJson(before ?? null);
}
