import type { Catalog } from '@/lib/domain/model';
import type { Actor } from '../actor';
import type { Database } from '../db';
import { toChannel, toConsumer, toEvent, toFlow, toProducer, toService, toVersion, toWorkspace } from '../mappers';

/** A workspace's whole catalog as the pure engines read it (exporters, simulator). */
export async function loadCatalog(db: Database, actor: Actor): Promise<Catalog> {
  const where = { workspaceId: actor.workspaceId };
  const [workspace, domains, services, events, versions, channels, producers, consumers, flows] = await Promise.all([
    db.prisma.workspace.findUniqueOrThrow({ where: { id: actor.workspaceId } }),
    db.prisma.domain.findMany({ where, orderBy: { name: 'asc' } }),
    db.prisma.service.findMany({ where, orderBy: { name: 'asc' } }),
    db.prisma.event.findMany({ where, orderBy: { name: 'asc' } }),
    db.prisma.eventVersion.findMany({ where, orderBy: [{ eventId: 'asc' }, { number: 'asc' }] }),
    db.prisma.channel.findMany({ where, orderBy: { name: 'asc' } }),
    db.prisma.producer.findMany({ where, orderBy: { id: 'asc' } }),
    db.prisma.consumer.findMany({ where, orderBy: { id: 'asc' } }),
    db.prisma.flow.findMany({ where, orderBy: { name: 'asc' }, include: { nodes: { orderBy: [{ kind: 'asc' }, { refId: 'asc' }] } } }),
  ]);
  return {
    workspace: toWorkspace(workspace),
    domains: domains.map((d) => ({ id: d.id, name: d.name, description: d.description })),
    services: services.map(toService),
    events: events.map(toEvent),
    versions: versions.map(toVersion),
    channels: channels.map(toChannel),
    producers: producers.map(toProducer),
    consumers: consumers.map(toConsumer),
    flows: flows.map(toFlow),
  };
}
