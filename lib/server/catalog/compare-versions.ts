import { checkCompatibility, type CompatibilityReport } from '@/lib/domain/compatibility';
import type { CompatibilityMode, EventVersion } from '@/lib/domain/model';
import { consumerImpact, type ConsumerImpact } from '@/lib/domain/review/consumer-impact';
import type { Actor } from '../actor';
import type { Database } from '../db';
import { unprocessable } from '../errors';
import { findEvent } from './refs';
import { getVersion } from './versions';

export interface VersionComparison {
  from: EventVersion;
  to: EventVersion;
  mode: CompatibilityMode;
  report: CompatibilityReport;
  impact: ConsumerImpact[];
}

/** Compares two stored versions of an event (from = old, to = new) under a mode (default: the event's). */
export async function compareVersions(
  db: Database,
  actor: Actor,
  eventRef: string,
  query: { from: string; to: string; mode?: CompatibilityMode },
): Promise<VersionComparison> {
  const event = await findEvent(db.prisma, actor.workspaceId, eventRef);
  const [from, to] = await Promise.all([getVersion(db, actor, event.id, query.from), getVersion(db, actor, event.id, query.to)]);
  if (from.format !== to.format) throw unprocessable(`Version ${from.label} is ${from.format} and ${to.label} is ${to.format}; they cannot be compared.`);
  const workspace = await db.prisma.workspace.findUniqueOrThrow({ where: { id: actor.workspaceId }, select: { defaultCompatibility: true } });
  const mode = query.mode ?? event.compatibility ?? workspace.defaultCompatibility;
  const report = checkCompatibility({ format: to.format, mode, previous: [from.schema], candidate: to.schema });
  const consumers = await db.prisma.consumer.findMany({ where: { eventId: event.id }, include: { service: { select: { id: true, name: true } } } });
  const impact = consumerImpact(
    report.changes.filter((c) => c.breakingUnder.includes(mode)),
    consumers.map((c) => ({ serviceId: c.service.id, serviceName: c.service.name, fieldsRead: c.fieldsRead })),
  );
  return { from, to, mode, report, impact };
}
