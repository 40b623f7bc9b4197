import type { CatalogDocument } from '../catalog-document';
import type { Catalog, EventVersion } from '../model';

/**
 * An in-memory catalog from a by-name catalog document, with ids derived from
 * names (`service:Order Service`), so a seed or an imported document can be
 * simulated without a database.
 *
 * @example
 * const catalog = catalogFromDocument(orderSagaCatalog);
 * buildSimulationModel(catalog, 'order-saga', scenario);
 */
export function catalogFromDocument(doc: CatalogDocument, workspaceSlug = 'simulation'): Catalog {
  const id = (kind: string, name: string): string => `${kind}:${name}`;
  const ref = (kind: string, name: string | null | undefined): string | null => (name ? id(kind, name) : null);
  const versions: EventVersion[] = doc.events.flatMap((e) =>
    e.versions.map((v, i) => ({
      id: id('version', `${e.name}@${i + 1}`),
      eventId: id('event', e.name),
      number: i + 1,
      label: v.label ?? String(i + 1),
      format: v.format,
      schema: v.schema,
      examples: v.examples ?? [],
      createdBy: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      compatibilityReport: null,
    })),
  );
  return {
    workspace: { id: id('workspace', workspaceSlug), slug: workspaceSlug, name: workspaceSlug, description: '', defaultCompatibility: 'BACKWARD' },
    domains: (doc.domains ?? []).map((d) => ({ id: id('domain', d.name), name: d.name, description: d.description ?? '' })),
    services: doc.services.map((s) => ({
      id: id('service', s.name),
      name: s.name,
      description: s.description ?? '',
      owner: s.owner ?? '',
      repositoryUrl: s.repositoryUrl ?? null,
      tags: s.tags ?? [],
      domainId: ref('domain', s.domain),
      extras: s.extras ?? {},
      version: 1,
    })),
    channels: doc.channels.map((c) => ({
      id: id('channel', c.name),
      name: c.name,
      address: c.address ?? c.name,
      protocol: c.protocol,
      partitions: c.partitions ?? 1,
      retentionHours: c.retentionHours ?? null,
      description: c.description ?? '',
      bindings: c.bindings ?? {},
      extras: c.extras ?? {},
      version: 1,
    })),
    events: doc.events.map((e) => ({
      id: id('event', e.name),
      name: e.name,
      kind: e.kind ?? 'event',
      summary: e.summary ?? '',
      description: e.description ?? '',
      owner: e.owner ?? '',
      tags: e.tags ?? [],
      status: e.status ?? 'active',
      compatibility: e.compatibility ?? null,
      partitionKey: e.partitionKey ?? null,
      channelId: ref('channel', e.channel),
      domainId: ref('domain', e.domain),
      title: e.title ?? e.name,
      contentType: e.contentType ?? null,
      headersSchema: e.headersSchema ?? null,
      correlationId: e.correlationId ?? null,
      extras: e.extras ?? {},
      version: 1,
    })),
    versions,
    producers: doc.producers.map((p, i) => ({
      id: id('producer', String(i)),
      serviceId: id('service', p.service),
      eventId: id('event', p.event),
      channelId: ref('channel', p.channel),
      operationId: p.operationId ?? null,
      extras: p.extras ?? {},
    })),
    consumers: doc.consumers.map((c, i) => ({
      id: id('consumer', String(i)),
      serviceId: id('service', c.service),
      eventId: id('event', c.event),
      channelId: ref('channel', c.channel),
      consumerGroup: c.consumerGroup ?? null,
      retryPolicy: c.retryPolicy ?? null,
      deadLetterChannelId: ref('channel', c.deadLetterChannel),
      idempotencyKey: c.idempotencyKey ?? null,
      fieldsRead: c.fieldsRead ?? [],
      pinnedVersion: c.pinnedVersion ?? null,
      operationId: c.operationId ?? null,
      extras: c.extras ?? {},
    })),
    flows: (doc.flows ?? []).map((f) => {
      const slug = f.slug ?? f.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      return {
        id: id('flow', slug),
        slug,
        name: f.name,
        description: f.description ?? '',
        nodes: f.nodes.map((n) => ({ kind: n.kind, refId: id(n.kind, n.name), x: n.x, y: n.y })),
        version: 1,
      };
    }),
  };
}
