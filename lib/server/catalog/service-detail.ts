import type { CatalogEvent, Channel, Service } from '@/lib/domain/model';
import type { Actor } from '../actor';
import type { Database } from '../db';
import { toChannel, toConsumer, toEvent, toProducer, toService } from '../mappers';
import { findService } from './refs';

export interface ServiceDetail {
  service: Service;
  produces: Array<{ id: string; event: CatalogEvent; channel: Channel | null }>;
  consumes: Array<ReturnType<typeof toConsumer> & { event: CatalogEvent; channel: Channel | null }>;
}

/** A service with what it produces and consumes, for its page and `GET …/services/{s}`. */
export async function getServiceDetail(db: Database, actor: Actor, ref: string): Promise<ServiceDetail> {
  const base = await findService(db.prisma, actor.workspaceId, ref);
  const row = await db.prisma.service.findUniqueOrThrow({
    where: { id: base.id },
    include: {
      produces: { include: { event: true, channel: true }, orderBy: { event: { name: 'asc' } } },
      consumes: { include: { event: true, channel: true }, orderBy: { event: { name: 'asc' } } },
    },
  });
  return {
    service: toService(row),
    produces: row.produces.map((p) => ({ id: toProducer(p).id, event: toEvent(p.event), channel: p.channel ? toChannel(p.channel) : null })),
    consumes: row.consumes.map((c) => ({ ...toConsumer(c), event: toEvent(c.event), channel: c.channel ? toChannel(c.channel) : null })),
  };
}
