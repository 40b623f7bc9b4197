import type { CatalogDocument, EventSpec } from '@/lib/domain/catalog-document';
import { canonicalJson } from '@/lib/domain/schemas/canonical-json';
import type { Actor } from '../actor';
import { requireRole } from '../actor';
import { appendChange, type ChangeEntry } from '../change-log';
import type { Database, Tx } from '../db';
import { unprocessable } from '../errors';
import { formatToRow, toVersion } from '../mappers';
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
  const ws = actor.workspaceId;
  const log = (entry: ChangeEntry) => appendChange(tx, actor, entry);
  const total = (doc.domains?.length ?? 0) + doc.services.length + doc.channels.length + doc.events.length;
  let done = 0;
  const tick = () => options.onProgress?.(++done, total);

  const domains = new Map((await tx.domain.findMany({ where: { workspaceId: ws } })).map((d) => [d.name, d]));
  const domainId = async (name: string | null | undefined): Promise<string | null> => {
    if (!name) return null;
    let row = domains.get(name);
    if (!row) {
      row = await tx.domain.create({ data: { workspaceId: ws, name } });
      domains.set(name, row);
      items.push({ kind: 'domain', name, action: 'create' });
      await log({ action: 'import', entityType: 'domain', entityId: row.id, entityName: name, after: row });
    }
    return row.id;
  };
  for (const d of doc.domains ?? []) {
    const existing = domains.get(d.name);
    if (!existing) await domainId(d.name);
    else if (d.description !== undefined && d.description !== existing.description) {
      await tx.domain.update({ where: { id: existing.id }, data: { description: d.description } });
      items.push({ kind: 'domain', name: d.name, action: 'update' });
    } else items.push({ kind: 'domain', name: d.name, action: 'unchanged' });
    tick();
  }

  const channels = new Map((await tx.channel.findMany({ where: { workspaceId: ws } })).map((c) => [c.name, c]));
  for (const c of doc.channels) {
    const data = {
      address: c.address ?? c.name,
      protocol: c.protocol,
      partitions: c.partitions ?? 1,
      retentionHours: c.retentionHours ?? null,
      description: c.description ?? '',
      bindings: (c.bindings ?? {}) as object,
      extras: (c.extras ?? {}) as object,
    };
    const existing = channels.get(c.name);
    const action = await upsert(existing, data, {
      create: async () => channels.set(c.name, await tx.channel.create({ data: { workspaceId: ws, name: c.name, ...data } })).get(c.name)!,
      update: async (id) => channels.set(c.name, await tx.channel.update({ where: { id }, data: { ...data, version: { increment: 1 } } })).get(c.name)!,
    });
    await record(items, log, 'channel', c.name, action, channels.get(c.name)!.id, existing, data);
    tick();
  }
  const channelId = (name: string | null | undefined) => (name ? (channels.get(name)?.id ?? missing('channel', name)) : null);

  const services = new Map((await tx.service.findMany({ where: { workspaceId: ws } })).map((s) => [s.name, s]));
  for (const s of doc.services) {
    const data = {
      description: s.description ?? '',
      owner: s.owner ?? '',
      repositoryUrl: s.repositoryUrl ?? null,
      tags: s.tags ?? [],
      extras: (s.extras ?? {}) as object,
      domainId: await domainId(s.domain),
    };
    const existing = services.get(s.name);
    const action = await upsert(existing, data, {
      create: async () => services.set(s.name, await tx.service.create({ data: { workspaceId: ws, name: s.name, ...data } })).get(s.name)!,
      update: async (id) => services.set(s.name, await tx.service.update({ where: { id }, data: { ...data, version: { increment: 1 } } })).get(s.name)!,
    });
    await record(items, log, 'service', s.name, action, services.get(s.name)!.id, existing, data);
    tick();
  }
  const serviceId = (name: string) => services.get(name)?.id ?? missing('service', name);

  const events = new Map((await tx.event.findMany({ where: { workspaceId: ws } })).map((e) => [e.name, e]));
  for (const e of doc.events) {
    const data = {
      kind: e.kind ?? 'event',
      summary: e.summary ?? '',
      description: e.description ?? '',
      owner: e.owner ?? '',
      tags: e.tags ?? [],
      status: e.status ?? 'draft',
      compatibility: e.compatibility ?? null,
      partitionKey: e.partitionKey ?? null,
      channelId: channelId(e.channel),
      domainId: await domainId(e.domain),
      title: e.title ?? '',
      contentType: e.contentType ?? null,
      headersSchema: e.headersSchema ?? null,
      correlationId: (e.correlationId ?? undefined) as object | undefined,
      extras: (e.extras ?? {}) as object,
    };
    const existing = events.get(e.name);
    const action = await upsert(existing, data, {
      create: async () => events.set(e.name, await tx.event.create({ data: { workspaceId: ws, name: e.name, ...data } })).get(e.name)!,
      update: async (id) => events.set(e.name, await tx.event.update({ where: { id }, data: { ...data, version: { increment: 1 } } })).get(e.name)!,
    });
    const eventRow = events.get(e.name)!;
    await record(items, log, 'event', e.name, action, eventRow.id, existing, data);
    await applyVersions(tx, actor, eventRow.id, e, items, options);
    tick();
  }
  const eventId = (name: string) => events.get(name)?.id ?? missing('event', name);

  const producers = new Map((await tx.producer.findMany({ where: { workspaceId: ws } })).map((p) => [`${p.serviceId}|${p.eventId}`, p]));
  for (const p of doc.producers) {
    const key = { serviceId: serviceId(p.service), eventId: eventId(p.event) };
    const data = { channelId: channelId(p.channel), operationId: p.operationId ?? null, extras: (p.extras ?? {}) as object };
    const existing = producers.get(`${key.serviceId}|${key.eventId}`);
    const action = await upsert(existing, data, {
      create: async () => tx.producer.create({ data: { workspaceId: ws, ...key, ...data } }),
      update: async (id) => tx.producer.update({ where: { id }, data }),
    });
    await record(items, log, 'producer', `${p.service} → ${p.event}`, action, existing?.id ?? `${key.serviceId}|${key.eventId}`, existing, data);
  }

  const consumers = new Map((await tx.consumer.findMany({ where: { workspaceId: ws } })).map((c) => [`${c.serviceId}|${c.eventId}`, c]));
  for (const c of doc.consumers) {
    const key = { serviceId: serviceId(c.service), eventId: eventId(c.event) };
    const data = {
      channelId: channelId(c.channel),
      consumerGroup: c.consumerGroup ?? null,
      retryPolicy: (c.retryPolicy ?? undefined) as object | undefined,
      deadLetterChannelId: channelId(c.deadLetterChannel),
      idempotencyKey: c.idempotencyKey ?? null,
      fieldsRead: c.fieldsRead ?? [],
      pinnedVersion: c.pinnedVersion ?? null,
      operationId: c.operationId ?? null,
      extras: (c.extras ?? {}) as object,
    };
    const existing = consumers.get(`${key.serviceId}|${key.eventId}`);
    const action = await upsert(existing, data, {
      create: async () => tx.consumer.create({ data: { workspaceId: ws, ...key, ...data } }),
      update: async (id) => tx.consumer.update({ where: { id }, data }),
    });
    await record(items, log, 'consumer', `${c.event} → ${c.service}`, action, existing?.id ?? `${key.serviceId}|${key.eventId}`, existing, data);
  }

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
    await record(items, log, 'flow', f.name, action, flow.id, undefined, { slug, nodes: f.nodes.length });
  }

  const counts: Record<ApplyAction, number> = { create: 0, update: 0, unchanged: 0, 'new-version': 0, refused: 0 };
  for (const item of items) counts[item.action] += 1;
  return { items, counts };
}

async function applyVersions(tx: Tx, actor: Actor, eventId: string, spec: EventSpec, items: AppliedItem[], options: ApplyOptions) {
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
    await appendChange(tx, actor, { action: 'import', entityType: 'version', entityId: row.id, entityName: `${spec.name}@${label}`, after: toVersion(row) });
  }
}

async function upsert<R extends { id: string }>(
  existing: R | undefined,
  data: Record<string, unknown>,
  write: { create: () => Promise<unknown>; update: (id: string) => Promise<unknown> },
): Promise<ApplyAction> {
  if (!existing) {
    await write.create();
    return 'create';
  }
  const differs = Object.entries(data).some(([key, value]) => canonicalJson(value ?? null) !== canonicalJson((existing as Record<string, unknown>)[key] ?? null));
  if (!differs) return 'unchanged';
  await write.update(existing.id);
  return 'update';
}

async function record(
  items: AppliedItem[],
  log: (entry: ChangeEntry) => Promise<void>,
  kind: AppliedItem['kind'],
  name: string,
  action: ApplyAction,
  id: string,
  before: unknown,
  after: unknown,
) {
  items.push({ kind, name, action });
  if (action === 'unchanged') return;
  await log({ action: 'import', entityType: kind as ChangeEntry['entityType'], entityId: id, entityName: name, before, after });
}

function missing(kind: string, name: string): never {
  throw unprocessable(`The document refers to ${kind} "${name}", which it does not define and the workspace lacks.`);
}
