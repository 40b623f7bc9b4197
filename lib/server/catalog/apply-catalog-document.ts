import type { CatalogDocument, EventSpec } from '@/lib/domain/catalog-document';
import { canonicalJson } from '@/lib/domain/schemas/canonical-json';
import type { Actor } from '../actor';
import { requireRole } from '../actor';
import { appendChanges, type ChangeEntry } from '../change-log';
import type { Database, Tx } from '../db';
import { unprocessable } from '../errors';
import { formatToRow, toVersion } from '../mappers';
import { syncByKey, type SyncOutcome } from './sync-by-name';
import { assertSchemaAndExamples, lockEvent } from './versions';

export type ApplyAction = 'create' | 'update' | 'unchanged' | 'new-version' | 'refused';

export interface AppliedItem {
  kind: 'domain' | 'service' | 'channel' | 'event' | 'version' | 'producer' | 'consumer' | 'flow';
  name: string;
  action: ApplyAction;
  /** Why a new version was refused (it failed the event's compatibility mode). */
  reason?: string;
}

export interface ApplySummary {
  items: AppliedItem[];
  counts: Record<ApplyAction, number>;
}

/** Thrown inside the transaction to undo a dry run after it has computed its summary. */
class DryRunRollback extends Error {
  constructor(readonly summary: ApplySummary) {
    super('dry run');
  }
}

export interface ApplyOptions {
  dryRun?: boolean;
  /** Called per new version before it is stored (the compatibility gate); a `refused` reason skips it. */
  beforeNewVersion?: (tx: Tx, eventId: string, spec: EventSpec['versions'][number]) => Promise<{ refused?: string; report?: unknown }>;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Applies a names-based catalog document to a workspace in one transaction:
 * creates what is missing, updates what differs, leaves the rest alone, and adds
 * a version only when its schema differs from every stored one. A dry run does
 * the same work and rolls it back, so the preview is exactly what would happen.
 */
export async function applyCatalogDocument(
  db: Database,
  actor: Actor,
  doc: CatalogDocument,
  options: ApplyOptions = {},
): Promise<ApplySummary> {
  requireRole(actor, 'editor');
  for (const event of doc.events) for (const v of event.versions) assertSchemaAndExamples({ ...v, examples: v.examples ?? [] });
  try {
    return await db.prisma.$transaction(
      async (tx) => {
        const summary = await applyInTx(tx, actor, doc, options);
        if (options.dryRun) throw new DryRunRollback(summary);
        return summary;
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (error instanceof DryRunRollback) return error.summary;
    throw error;
  }
}

async function applyInTx(tx: Tx, actor: Actor, doc: CatalogDocument, options: ApplyOptions): Promise<ApplySummary> {
  const items: AppliedItem[] = [];
  const changes: ChangeEntry[] = [];
  const ws = actor.workspaceId;
  const total = doc.services.length + doc.channels.length + doc.events.length;
  let done = 0;
  const progress = (count: number) => options.onProgress?.((done += count), total);
  const collect = <Row>(kind: AppliedItem['kind'], outcome: SyncOutcome<Row>) => {
    for (const a of outcome.actions) items.push({ kind, name: a.key, action: a.action });
    changes.push(...outcome.changes);
    return outcome.rows;
  };

  // Domains first: services and events name them.
  const domainNames = [...new Set([...(doc.domains ?? []).map((d) => d.name), ...doc.services.map((s) => s.domain), ...doc.events.map((e) => e.domain)].filter((n): n is string => Boolean(n)))];
  const described = new Map((doc.domains ?? []).map((d) => [d.name, d.description]));
  const domains = collect(
    'domain',
    await syncByKey({
      entityType: 'domain',
      existing: new Map((await tx.domain.findMany({ where: { workspaceId: ws } })).map((d) => [d.name, d])),
      specs: domainNames,
      keyOf: (name) => name,
      dataOf: (name) => (described.get(name) !== undefined ? { description: described.get(name)! } : {}),
      createMany: (data) => tx.domain.createManyAndReturn({ data: data.map(({ key, ...rest }) => ({ workspaceId: ws, name: key, ...rest })) }),
      keyOfRow: (row) => row.name,
      update: (id, data) => tx.domain.update({ where: { id }, data }),
    }),
  );
  const domainId = (name: string | null | undefined) => (name ? domains.get(name)!.id : null);

  const channels = collect(
    'channel',
    await syncByKey({
      entityType: 'channel',
      existing: new Map((await tx.channel.findMany({ where: { workspaceId: ws } })).map((c) => [c.name, c])),
      specs: doc.channels,
      keyOf: (c) => c.name,
      dataOf: (c) => ({
        address: c.address ?? c.name,
        protocol: c.protocol,
        partitions: c.partitions ?? 1,
        retentionHours: c.retentionHours ?? null,
        description: c.description ?? '',
        bindings: (c.bindings ?? {}) as object,
        extras: (c.extras ?? {}) as object,
      }),
      createMany: (data) => tx.channel.createManyAndReturn({ data: data.map(({ key, ...rest }) => ({ workspaceId: ws, name: key, ...rest })) }),
      keyOfRow: (row) => row.name,
      update: (id, data) => tx.channel.update({ where: { id }, data: { ...data, version: { increment: 1 } } }),
    }),
  );
  progress(doc.channels.length);
  const channelId = (name: string | null | undefined) => (name ? (channels.get(name)?.id ?? missing('channel', name)) : null);

  const services = collect(
    'service',
    await syncByKey({
      entityType: 'service',
      existing: new Map((await tx.service.findMany({ where: { workspaceId: ws } })).map((s) => [s.name, s])),
      specs: doc.services,
      keyOf: (s) => s.name,
      dataOf: (s) => ({
        description: s.description ?? '',
        owner: s.owner ?? '',
        repositoryUrl: s.repositoryUrl ?? null,
        tags: s.tags ?? [],
        extras: (s.extras ?? {}) as object,
        domainId: domainId(s.domain),
      }),
      createMany: (data) => tx.service.createManyAndReturn({ data: data.map(({ key, ...rest }) => ({ workspaceId: ws, name: key, ...rest })) }),
      keyOfRow: (row) => row.name,
      update: (id, data) => tx.service.update({ where: { id }, data: { ...data, version: { increment: 1 } } }),
    }),
  );
  progress(doc.services.length);
  const serviceId = (name: string) => services.get(name)?.id ?? missing('service', name);

  const existingEvents = new Map((await tx.event.findMany({ where: { workspaceId: ws } })).map((e) => [e.name, e]));
  const events = collect(
    'event',
    await syncByKey({
      entityType: 'event',
      existing: existingEvents,
      specs: doc.events,
      keyOf: (e) => e.name,
      dataOf: (e) => ({
        kind: e.kind ?? 'event',
        summary: e.summary ?? '',
        description: e.description ?? '',
        owner: e.owner ?? '',
        tags: e.tags ?? [],
        status: e.status ?? 'draft',
        compatibility: e.compatibility ?? null,
        partitionKey: e.partitionKey ?? null,
        channelId: channelId(e.channel),
        domainId: domainId(e.domain),
        title: e.title ?? '',
        contentType: e.contentType ?? null,
        headersSchema: e.headersSchema ?? null,
        correlationId: (e.correlationId ?? undefined) as object | undefined,
        extras: (e.extras ?? {}) as object,
      }),
      createMany: (data) => tx.event.createManyAndReturn({ data: data.map(({ key, ...rest }) => ({ workspaceId: ws, name: key, ...rest })) }),
      keyOfRow: (row) => row.name,
      update: (id, data) => tx.event.update({ where: { id }, data: { ...data, version: { increment: 1 } } }),
    }),
  );
  // A brand-new event has no history to be compatible with: its versions go in as one bulk insert.
  const firstVersions: Array<{ spec: EventSpec; eventId: string }> = [];
  for (const e of doc.events) {
    const eventId = events.get(e.name)!.id;
    if (existingEvents.has(e.name)) await applyVersions(tx, actor, eventId, e, items, changes, options);
    else firstVersions.push({ spec: e, eventId });
  }
  await insertFirstVersions(tx, actor, firstVersions, items, changes);
  progress(doc.events.length);
  const eventId = (name: string) => events.get(name)?.id ?? missing('event', name);

  const relationKey = (service: string, event: string) => `${serviceId(service)}|${eventId(event)}`;
  collect(
    'producer',
    await syncByKey({
      entityType: 'producer',
      existing: new Map((await tx.producer.findMany({ where: { workspaceId: ws } })).map((p) => [`${p.serviceId}|${p.eventId}`, p])),
      specs: doc.producers,
      keyOf: (p) => relationKey(p.service, p.event),
      nameOf: (p) => `${p.service} → ${p.event}`,
      dataOf: (p) => ({ channelId: channelId(p.channel), operationId: p.operationId ?? null, extras: (p.extras ?? {}) as object }),
      createMany: (data) => tx.producer.createManyAndReturn({ data: data.map(({ key, ...rest }) => ({ workspaceId: ws, serviceId: key.split('|')[0]!, eventId: key.split('|')[1]!, ...rest })) }),
      keyOfRow: (row) => `${row.serviceId}|${row.eventId}`,
      update: (id, data) => tx.producer.update({ where: { id }, data }),
    }),
  );
  collect(
    'consumer',
    await syncByKey({
      entityType: 'consumer',
      existing: new Map((await tx.consumer.findMany({ where: { workspaceId: ws } })).map((c) => [`${c.serviceId}|${c.eventId}`, c])),
      specs: doc.consumers,
      keyOf: (c) => relationKey(c.service, c.event),
      nameOf: (c) => `${c.event} → ${c.service}`,
      dataOf: (c) => ({
        channelId: channelId(c.channel),
        consumerGroup: c.consumerGroup ?? null,
        retryPolicy: (c.retryPolicy ?? undefined) as object | undefined,
        deadLetterChannelId: channelId(c.deadLetterChannel),
        idempotencyKey: c.idempotencyKey ?? null,
        fieldsRead: c.fieldsRead ?? [],
        pinnedVersion: c.pinnedVersion ?? null,
        operationId: c.operationId ?? null,
        extras: (c.extras ?? {}) as object,
      }),
      createMany: (data) => tx.consumer.createManyAndReturn({ data: data.map(({ key, ...rest }) => ({ workspaceId: ws, serviceId: key.split('|')[0]!, eventId: key.split('|')[1]!, ...rest })) }),
      keyOfRow: (row) => `${row.serviceId}|${row.eventId}`,
      update: (id, data) => tx.consumer.update({ where: { id }, data }),
    }),
  );
  // Relations are listed by their readable names, not their id pairs.
  const named = (kind: 'producer' | 'consumer', specs: Array<{ service: string; event: string }>) => {
    const byKey = new Map(specs.map((p) => [relationKey(p.service, p.event), kind === 'producer' ? `${p.service} → ${p.event}` : `${p.event} → ${p.service}`]));
    for (const item of items) if (item.kind === kind) item.name = byKey.get(item.name) ?? item.name;
  };
  named('producer', doc.producers);
  named('consumer', doc.consumers);

  const refIds = { service: serviceId, event: eventId, channel: (n: string) => channelId(n)! };
  for (const f of doc.flows ?? []) {
    const slug = f.slug ?? f.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    let flow = await tx.flow.findUnique({ where: { workspaceId_slug: { workspaceId: ws, slug } }, include: { nodes: true } });
    const created = !flow;
    if (!flow) {
      flow = { ...(await tx.flow.create({ data: { workspaceId: ws, slug, name: f.name, description: f.description ?? '' } })), nodes: [] };
    }
    const present = new Set(flow.nodes.map((n) => `${n.kind}|${n.refId}`));
    // Positions the team arranged are theirs: a re-import only adds nodes the view lacks.
    const additions = f.nodes
      .map((n) => ({ flowId: flow.id, kind: n.kind, refId: refIds[n.kind](n.name), x: n.x, y: n.y }))
      .filter((n) => !present.has(`${n.kind}|${n.refId}`));
    if (additions.length > 0) await tx.flowNode.createMany({ data: additions });
    const action: ApplyAction = created ? 'create' : additions.length > 0 ? 'update' : 'unchanged';
    items.push({ kind: 'flow', name: f.name, action });
    if (action !== 'unchanged') changes.push({ action: 'import', entityType: 'flow', entityId: flow.id, entityName: f.name, after: { slug, nodes: f.nodes.length } });
  }

  await appendChanges(tx, actor, changes);
  const counts: Record<ApplyAction, number> = { create: 0, update: 0, unchanged: 0, 'new-version': 0, refused: 0 };
  for (const item of items) counts[item.action] += 1;
  return { items, counts };
}

async function insertFirstVersions(tx: Tx, actor: Actor, pending: Array<{ spec: EventSpec; eventId: string }>, items: AppliedItem[], changes: ChangeEntry[]) {
  const rows = pending.flatMap(({ spec, eventId }) => {
    const seen = new Set<string>();
    const labels = new Set<string>();
    return spec.versions.flatMap((v) => {
      const key = `${v.format}|${canonicalJson(v.schema)}`;
      if (seen.has(key)) return [];
      seen.add(key);
      const number = seen.size;
      const label = v.label && !labels.has(v.label) ? v.label : String(number);
      labels.add(label);
      items.push({ kind: 'version', name: `${spec.name}@${label}`, action: 'new-version' });
      return [{ workspaceId: actor.workspaceId, eventId, number, label, format: formatToRow(v.format), schema: v.schema, examples: (v.examples ?? []) as object[], createdById: actor.userId, createdByName: actor.name, name: spec.name }];
    });
  });
  if (rows.length === 0) return;
  const created = await tx.eventVersion.createManyAndReturn({ data: rows.map(({ name: _name, ...row }) => row) });
  const nameOf = new Map(rows.map((r) => [`${r.eventId}|${r.number}`, r.name]));
  for (const row of created) {
    changes.push({ action: 'import', entityType: 'version', entityId: row.id, entityName: `${nameOf.get(`${row.eventId}|${row.number}`)}@${row.label}`, after: toVersion(row) });
  }
}

async function applyVersions(tx: Tx, actor: Actor, eventId: string, spec: EventSpec, items: AppliedItem[], changes: ChangeEntry[], options: ApplyOptions) {
  if (spec.versions.length === 0) return;
  await lockEvent(tx, eventId);
  const stored = await tx.eventVersion.findMany({ where: { eventId }, orderBy: { number: 'asc' } });
  const known = new Set(stored.map((v) => `${v.format}|${canonicalJson(v.schema)}`));
  let number = stored.at(-1)?.number ?? 0;
  const labels = new Set(stored.map((v) => v.label));
  for (const v of spec.versions) {
    const key = `${formatToRow(v.format)}|${canonicalJson(v.schema)}`;
    if (known.has(key)) continue;
    const gate = await options.beforeNewVersion?.(tx, eventId, v);
    if (gate?.refused) {
      items.push({ kind: 'version', name: `${spec.name}@${v.label ?? number + 1}`, action: 'refused', reason: gate.refused });
      continue;
    }
    number += 1;
    const label = v.label && !labels.has(v.label) ? v.label : String(number);
    const row = await tx.eventVersion.create({
      data: {
        workspaceId: actor.workspaceId,
        eventId,
        number,
        label,
        format: formatToRow(v.format),
        schema: v.schema,
        examples: (v.examples ?? []) as object[],
        createdById: actor.userId,
        createdByName: actor.name,
        ...(gate?.report ? { compatibilityReport: JSON.parse(JSON.stringify(gate.report)) as object } : {}),
      },
    });
    known.add(key);
    labels.add(label);
    items.push({ kind: 'version', name: `${spec.name}@${label}`, action: 'new-version' });
    changes.push({ action: 'import', entityType: 'version', entityId: row.id, entityName: `${spec.name}@${label}`, after: toVersion(row) });
  }
}

function missing(kind: string, name: string): never {
  throw unprocessable(`The document refers to ${kind} "${name}", which it does not define and the workspace lacks.`);
}
