/**
 * Test helper: builds a `Catalog` from a `CatalogDocument` the way the server
 * would apply it to an empty workspace (sequential ids, database defaults).
 */
import type { CatalogDocument } from '../../catalog-document';
import type { Catalog, Channel, CatalogEvent, ConsumerEdge, EventVersion, ProducerEdge, Service } from '../../model';

/**
 * @example
 * catalogFromDocument({ services: [], channels: [], events: [], producers: [], consumers: [] }, 'Shop').workspace.name // 'Shop'
 */
export function catalogFromDocument(doc: CatalogDocument, workspaceName: string): Catalog {
  const domains = (doc.domains ?? []).map((d, i) => ({ id: `dom-${i + 1}`, name: d.name, description: d.description ?? '' }));
  const domainId = (name: string | null | undefined) => (name ? (domains.find((d) => d.name === name)?.id ?? null) : null);
  const services: Service[] = doc.services.map((s, i) => ({
    id: `svc-${i + 1}`,
    name: s.name,
    description: s.description ?? '',
    owner: s.owner ?? '',
    repositoryUrl: s.repositoryUrl ?? null,
    tags: s.tags ?? [],
    domainId: domainId(s.domain),
    extras: s.extras ?? {},
    version: 1,
  }));
  const channels: Channel[] = doc.channels.map((c, i) => ({
    id: `ch-${i + 1}`,
    name: c.name,
    address: c.address ?? c.name,
    protocol: c.protocol,
    partitions: c.partitions ?? 1,
    retentionHours: c.retentionHours ?? null,
    description: c.description ?? '',
    bindings: c.bindings ?? {},
    extras: c.extras ?? {},
    version: 1,
  }));
  const channelId = (name: string | null | undefined) => (name ? (channels.find((c) => c.name === name)?.id ?? null) : null);
  const serviceId = (name: string) => must(services.find((s) => s.name === name), `service ${name}`).id;
  const versions: EventVersion[] = [];
  const events: CatalogEvent[] = doc.events.map((e, i) => {
    const id = `evt-${i + 1}`;
    e.versions.forEach((v, n) =>
      versions.push({
        id: `${id}-v${n + 1}`,
        eventId: id,
        number: n + 1,
        label: v.label ?? String(n + 1),
        format: v.format,
        schema: v.schema,
        examples: v.examples ?? [],
        createdBy: null,
        createdAt: '2026-01-01T00:00:00.000Z',
        compatibilityReport: null,
      }),
    );
    return {
      id,
      name: e.name,
      kind: e.kind ?? 'event',
      summary: e.summary ?? '',
      description: e.description ?? '',
      owner: e.owner ?? '',
      tags: e.tags ?? [],
      status: e.status ?? 'active',
      compatibility: e.compatibility ?? null,
      partitionKey: e.partitionKey ?? null,
      channelId: channelId(e.channel),
      domainId: domainId(e.domain),
      title: e.title ?? '',
      contentType: e.contentType ?? null,
      headersSchema: e.headersSchema ?? null,
      correlationId: e.correlationId ?? null,
      extras: e.extras ?? {},
      version: 1,
    };
  });
  const eventId = (name: string) => must(events.find((e) => e.name === name), `event ${name}`).id;
  const producers: ProducerEdge[] = doc.producers.map((p, i) => ({
    id: `prod-${i + 1}`,
    serviceId: serviceId(p.service),
    eventId: eventId(p.event),
    channelId: channelId(p.channel),
    operationId: p.operationId ?? null,
    extras: p.extras ?? {},
  }));
  const consumers: ConsumerEdge[] = doc.consumers.map((c, i) => ({
    id: `cons-${i + 1}`,
    serviceId: serviceId(c.service),
    eventId: eventId(c.event),
    channelId: channelId(c.channel),
    consumerGroup: c.consumerGroup ?? null,
    retryPolicy: c.retryPolicy ?? null,
    deadLetterChannelId: channelId(c.deadLetterChannel),
    idempotencyKey: c.idempotencyKey ?? null,
    fieldsRead: c.fieldsRead ?? [],
    pinnedVersion: c.pinnedVersion ?? null,
    operationId: c.operationId ?? null,
    extras: c.extras ?? {},
  }));
  const nodeRef = (kind: string, name: string) =>
    kind === 'service' ? serviceId(name) : kind === 'event' ? eventId(name) : must(channelId(name), `channel ${name}`);
  const flows = (doc.flows ?? []).map((f, i) => ({
    id: `flow-${i + 1}`,
    slug: f.slug ?? f.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    name: f.name,
    description: f.description ?? '',
    nodes: f.nodes.map((n) => ({ kind: n.kind, refId: nodeRef(n.kind, n.name), x: n.x, y: n.y })),
    version: 1,
  }));
  return {
    workspace: { id: 'ws-1', slug: 'ws', name: workspaceName, description: '', defaultCompatibility: 'BACKWARD' },
    domains,
    services,
    events,
    versions,
    channels,
    producers,
    consumers,
    flows,
  };
}

function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`catalogFromDocument: unknown ${what}`);
  return value;
}
