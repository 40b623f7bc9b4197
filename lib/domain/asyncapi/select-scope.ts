/**
 * Picks the part of a catalog an export describes: the whole workspace, one
 * service (only its own relations) or one flow (only the items on its canvas).
 */
import type {
  Catalog,
  CatalogEvent,
  Channel,
  ConsumerEdge,
  Domain,
  EventVersion,
  ProducerEdge,
  Service,
} from '../model';
import type { ExportScope } from './types';
import { compareText } from './names';

/** The items of one export, sorted by name so the output is deterministic. */
export interface ScopedCatalog {
  title: string;
  description: string;
  owner: string | null;
  tags: string[];
  repositoryUrl: string | null;
  services: Service[];
  events: CatalogEvent[];
  channels: Channel[];
  producers: ProducerEdge[];
  consumers: ConsumerEdge[];
  domains: Domain[];
  latestVersion: Map<string, EventVersion>;
  serviceById: Map<string, Service>;
  eventById: Map<string, CatalogEvent>;
  channelById: Map<string, Channel>;
}

/**
 * Selects the services, events, channels and relations of `scope`.
 * Throws when the scope names a service or flow the catalog does not have.
 *
 * @example
 * selectScope(catalog, { kind: 'service', serviceId: 'svc-1' }).producers // only svc-1's relations
 */
export function selectScope(catalog: Catalog, scope: ExportScope): ScopedCatalog {
  const serviceById = new Map(catalog.services.map((s) => [s.id, s]));
  const eventById = new Map(catalog.events.map((e) => [e.id, e]));
  const channelById = new Map(catalog.channels.map((c) => [c.id, c]));
  const known = (edge: { serviceId: string; eventId: string }) =>
    serviceById.has(edge.serviceId) && eventById.has(edge.eventId);

  let title = catalog.workspace.name;
  let description = catalog.workspace.description;
  let owner: string | null = null;
  let tags: string[] = [];
  let repositoryUrl: string | null = null;
  let serviceIds: Set<string>;
  let eventIds: Set<string>;
  let channelIds: Set<string>;
  let producers: ProducerEdge[];
  let consumers: ConsumerEdge[];

  if (scope.kind === 'workspace') {
    serviceIds = new Set(serviceById.keys());
    eventIds = new Set(eventById.keys());
    channelIds = new Set(channelById.keys());
    producers = catalog.producers.filter(known);
    consumers = catalog.consumers.filter(known);
  } else if (scope.kind === 'service') {
    const service = serviceById.get(scope.serviceId);
    if (!service) throw new Error(`Unknown service ${scope.serviceId}`);
    ({ description, owner, tags, repositoryUrl } = service);
    title = service.name;
    serviceIds = new Set([service.id]);
    producers = catalog.producers.filter((p) => p.serviceId === service.id && known(p));
    consumers = catalog.consumers.filter((c) => c.serviceId === service.id && known(c));
    eventIds = new Set([...producers, ...consumers].map((e) => e.eventId));
    channelIds = new Set();
  } else {
    const flow = catalog.flows.find((f) => f.id === scope.flowId);
    if (!flow) throw new Error(`Unknown flow ${scope.flowId}`);
    title = flow.name;
    description = flow.description;
    const ids = (kind: string) => new Set(flow.nodes.filter((n) => n.kind === kind).map((n) => n.refId));
    serviceIds = new Set([...ids('service')].filter((id) => serviceById.has(id)));
    eventIds = new Set([...ids('event')].filter((id) => eventById.has(id)));
    channelIds = new Set([...ids('channel')].filter((id) => channelById.has(id)));
    const inFlow = (e: { serviceId: string; eventId: string }) =>
      serviceIds.has(e.serviceId) && eventIds.has(e.eventId);
    producers = catalog.producers.filter(inFlow);
    consumers = catalog.consumers.filter(inFlow);
  }

  // A relation needs its channel (or the event's) in the document; a service also owns its dead-letter channels.
  if (scope.kind !== 'workspace') {
    for (const edge of [...producers, ...consumers]) {
      const channelId = edge.channelId ?? eventById.get(edge.eventId)?.channelId ?? null;
      if (channelId && channelById.has(channelId)) channelIds.add(channelId);
    }
  }
  if (scope.kind === 'service') {
    for (const c of consumers) {
      if (c.deadLetterChannelId && channelById.has(c.deadLetterChannelId)) channelIds.add(c.deadLetterChannelId);
    }
  }

  const events = catalog.events.filter((e) => eventIds.has(e.id)).sort(byName);
  const services = catalog.services.filter((s) => serviceIds.has(s.id)).sort(byName);
  const channels = catalog.channels.filter((c) => channelIds.has(c.id)).sort(byName);
  const domainIds = new Set(
    [...services.map((s) => s.domainId), ...events.map((e) => e.domainId)].filter((d): d is string => !!d),
  );
  const domains = catalog.domains.filter((d) => domainIds.has(d.id)).sort(byName);

  const latestVersion = new Map<string, EventVersion>();
  for (const v of catalog.versions) {
    const current = latestVersion.get(v.eventId);
    if (eventIds.has(v.eventId) && (!current || v.number > current.number)) latestVersion.set(v.eventId, v);
  }

  const edgeKey = (e: { serviceId: string; eventId: string; channelId: string | null; operationId: string | null }) =>
    [
      serviceById.get(e.serviceId)?.name ?? '',
      e.operationId ?? '',
      eventById.get(e.eventId)?.name ?? '',
      (e.channelId && channelById.get(e.channelId)?.name) || '',
    ].join('\u0000');
  const byEdge = (a: Parameters<typeof edgeKey>[0], b: Parameters<typeof edgeKey>[0]) =>
    compareText(edgeKey(a), edgeKey(b));

  return {
    title,
    description,
    owner,
    tags,
    repositoryUrl,
    services,
    events,
    channels,
    producers: [...producers].sort(byEdge),
    consumers: [...consumers].sort(byEdge),
    domains,
    latestVersion,
    serviceById,
    eventById,
    channelById,
  };
}

function byName(a: { name: string }, b: { name: string }): number {
  return compareText(a.name, b.name);
}
