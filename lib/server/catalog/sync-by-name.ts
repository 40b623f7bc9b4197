import { canonicalJson } from '@/lib/domain/schemas/canonical-json';
import type { ChangeEntry } from '../change-log';

export type SyncAction = 'create' | 'update' | 'unchanged';

export interface SyncOutcome<Row> {
  rows: Map<string, Row>;
  actions: Array<{ key: string; action: SyncAction; row: Row }>;
  changes: ChangeEntry[];
}

/**
 * Brings a set of rows in line with specs matched by a key (a name): creates the
 * missing ones in ONE bulk insert, updates those whose data differs, leaves the
 * rest. Bulk inserts are what keep a 1,000-message import fast.
 */
export async function syncByKey<Spec, Row extends { id: string }, Data extends Record<string, unknown>>(options: {
  entityType: ChangeEntry['entityType'];
  existing: Map<string, Row>;
  specs: Spec[];
  keyOf: (spec: Spec) => string;
  nameOf?: (spec: Spec) => string;
  dataOf: (spec: Spec) => Data;
  createMany: (data: Array<Data & { key: string }>) => Promise<Row[]>;
  /** Maps a created row back to its key (rows from a bulk insert come back in any order). */
  keyOfRow: (row: Row) => string;
  update: (id: string, data: Data) => Promise<Row>;
}): Promise<SyncOutcome<Row>> {
  const rows = new Map(options.existing);
  const actions: SyncOutcome<Row>['actions'] = [];
  const changes: ChangeEntry[] = [];
  const toCreate: Array<Data & { key: string }> = [];
  const order: Array<{ key: string; name: string; pending?: SyncAction }> = [];
  for (const spec of options.specs) {
    const key = options.keyOf(spec);
    const name = options.nameOf?.(spec) ?? key;
    const data = options.dataOf(spec);
    const existing = rows.get(key);
    if (!existing) {
      toCreate.push({ ...data, key });
      order.push({ key, name, pending: 'create' });
      continue;
    }
    const differs = Object.entries(data).some(([field, value]) => canonicalJson(value ?? null) !== canonicalJson((existing as Record<string, unknown>)[field] ?? null));
    if (!differs) {
      order.push({ key, name, pending: 'unchanged' });
      continue;
    }
    const updated = await options.update(existing.id, data);
    rows.set(key, updated);
    order.push({ key, name, pending: 'update' });
    changes.push({ action: 'import', entityType: options.entityType, entityId: existing.id, entityName: name, before: existing, after: data });
  }
  if (toCreate.length > 0) {
    for (const row of await options.createMany(toCreate)) rows.set(options.keyOfRow(row), row);
  }
  for (const entry of order) {
    const row = rows.get(entry.key)!;
    actions.push({ key: entry.key, action: entry.pending!, row });
    if (entry.pending === 'create') changes.push({ action: 'import', entityType: options.entityType, entityId: row.id, entityName: entry.name, after: row });
  }
  return { rows, actions, changes };
}
