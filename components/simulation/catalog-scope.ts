import type { Catalog } from '@/lib/domain/model';

/**
 * Just the part of a catalog one flow's simulation reads (its services, events,
 * their versions and relations; all channels, as dead-letter targets may sit
 * outside the flow), so the page ships less to the browser and the worker.
 *
 * @example
 * const small = catalogForFlow(await loadCatalog(db, actor), 'order-saga');
 */
export function catalogForFlow(catalog: Catalog, flowSlug: string): Catalog {
  const flow = catalog.flows.find((f) => f.slug === flowSlug);
  if (!flow) return { ...catalog, flows: [] };
  const services = new Set(flow.nodes.filter((n) => n.kind === 'service').map((n) => n.refId));
  const events = new Set(flow.nodes.filter((n) => n.kind === 'event').map((n) => n.refId));
  return {
    ...catalog,
    domains: [],
    flows: [flow],
    services: catalog.services.filter((s) => services.has(s.id)),
    events: catalog.events.filter((e) => events.has(e.id)),
    versions: catalog.versions.filter((v) => events.has(v.eventId)),
    producers: catalog.producers.filter((p) => services.has(p.serviceId) && events.has(p.eventId)),
    consumers: catalog.consumers.filter((c) => services.has(c.serviceId) && events.has(c.eventId)),
  };
}
