/**
 * A generated, deterministic catalog for scale and load benchmarks: domains, channels,
 * services and events whose JSON Schemas look like real event payloads (10–20 fields,
 * nested objects, enums, formats). Pure data; `bench/seed-scale.ts` writes it.
 */
import { jsonSchemaFor, type PayloadSchema } from './payload-schema';
import { mulberry32, pick, pickDistinct, weighted, type Random } from './random';

export interface ScaleSize {
  events: number;
  services: number;
  domains: number;
}

export interface GeneratedService {
  name: string;
  domain: string;
  owner: string;
  tags: string[];
  description: string;
}

export interface GeneratedChannel {
  name: string;
  address: string;
  protocol: 'kafka' | 'amqp' | 'nats';
  partitions: number;
}

export interface GeneratedEvent {
  name: string;
  domain: string;
  kind: 'event' | 'command' | 'query';
  status: 'draft' | 'active' | 'deprecated' | 'retired';
  /** null: the workspace default (BACKWARD) applies. */
  compatibility: 'BACKWARD_TRANSITIVE' | 'FULL' | 'FORWARD' | 'NONE' | null;
  owner: string;
  tags: string[];
  summary: string;
  description: string;
  channel: string;
  partitionKey: string;
  payload: PayloadSchema;
  /** Index into `services`. */
  producer: number;
  consumers: Array<{ service: number; fieldsRead: string[]; consumerGroup: string }>;
}

export interface GeneratedCatalog {
  domains: string[];
  channels: GeneratedChannel[];
  services: GeneratedService[];
  events: GeneratedEvent[];
}

const DOMAINS = [
  'orders', 'payments', 'inventory', 'shipping', 'billing', 'customers', 'catalog', 'pricing', 'promotions', 'reviews',
  'search', 'recommendations', 'notifications', 'identity', 'accounts', 'fraud', 'risk', 'ledger', 'treasury', 'loyalty',
  'subscriptions', 'returns', 'warehouse', 'fulfillment', 'logistics', 'analytics', 'marketing', 'support', 'compliance', 'media',
  'payroll', 'travel', 'insurance', 'claims', 'telemetry', 'devices', 'content', 'ads', 'partners', 'tax',
];
export const ENTITIES = [
  'order', 'payment', 'invoice', 'refund', 'shipment', 'parcel', 'item', 'cart', 'customer', 'address', 'account', 'card',
  'transfer', 'ticket', 'review', 'coupon', 'price', 'stock', 'reservation', 'subscription', 'plan', 'session', 'profile',
  'document', 'report', 'alert', 'message', 'device', 'route', 'claim', 'batch', 'quote',
];
const VERBS = [
  'created', 'updated', 'deleted', 'submitted', 'approved', 'rejected', 'cancelled', 'completed', 'failed', 'expired',
  'scheduled', 'assigned', 'reserved', 'released', 'shipped', 'delivered', 'refunded', 'settled', 'flagged', 'archived',
];
const SERVICE_ROLES = ['api', 'worker', 'gateway', 'processor', 'sync', 'scheduler', 'projector', 'notifier', 'importer', 'exporter', 'adapter', 'orchestrator'];
export const TAGS = [
  'pii', 'gdpr', 'critical', 'internal', 'public', 'high-volume', 'low-latency', 'batch', 'realtime', 'audit',
  'finance', 'experimental', 'v2', 'legacy', 'mobile', 'web', 'partner', 'b2b', 'b2c', 'sla-gold',
];
const PLATFORM_TEAMS = ['Platform', 'Data Platform', 'Core Infrastructure', 'Mobile', 'Web Frontend', 'Integrations', 'Security'];
const PROSE = [
  'emitted once the change is durable', 'carries the full state after the change', 'consumers must be idempotent',
  'ordered per partition key', 'replayable from the beginning of the topic', 'contains personal data in some fields',
  'downstream projections rebuild from this', 'retried with exponential backoff', 'may arrive out of order across keys',
  'kept for seven days', 'used by the finance reconciliation job', 'feeds the analytics warehouse nightly',
];

export const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
export const teamOf = (domain: string) => `Team ${capitalize(domain)}`;

function sentence(rng: Random, subject: string): string {
  return `${capitalize(subject)}: ${pick(rng, PROSE)}; ${pick(rng, PROSE)}.`;
}

/** Every name is unique: `domain.entity.verb`, drawn without repetition. */
function eventNames(rng: Random, domains: string[], count: number): Array<{ domain: string; entity: string; verb: string }> {
  const all: Array<{ domain: string; entity: string; verb: string }> = [];
  for (const domain of domains) for (const entity of ENTITIES) for (const verb of VERBS) all.push({ domain, entity, verb });
  if (count > all.length) throw new Error(`At most ${all.length} distinct event names for ${domains.length} domains.`);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, count);
}

/**
 * Generates the catalog for `size`, the same one for the same seed.
 * @example const catalog = generateCatalog({ events: 10_000, services: 1_000, domains: 30 });
 */
export function generateCatalog(size: ScaleSize, seed = 20261127): GeneratedCatalog {
  if (size.domains > DOMAINS.length) throw new Error(`At most ${DOMAINS.length} domains.`);
  const rng = mulberry32(seed);
  const domains = DOMAINS.slice(0, size.domains);
  const channels: GeneratedChannel[] = domains.flatMap((domain) =>
    (['events', 'commands', 'audit'] as const).map((suffix) => ({
      name: `${domain}.${suffix}`,
      address: `${domain}.${suffix}.v1`,
      protocol: weighted(rng, [['kafka', 8], ['amqp', 1], ['nats', 1]] as const),
      partitions: pick(rng, [1, 3, 6, 12, 24]),
    })),
  );
  const services: GeneratedService[] = [];
  const servicesByDomain = new Map<string, number[]>(domains.map((d) => [d, []]));
  for (let i = 0; i < size.services; i++) {
    const domain = domains[i % domains.length]!;
    const role = pick(rng, SERVICE_ROLES);
    services.push({
      name: `${domain}-${role}-${String(i).padStart(4, '0')}`,
      domain,
      owner: rng() < 0.85 ? teamOf(domain) : pick(rng, PLATFORM_TEAMS),
      tags: pickDistinct(rng, TAGS, 1 + Math.floor(rng() * 3)),
      description: sentence(rng, `${domain} ${role}`),
    });
    servicesByDomain.get(domain)!.push(i);
  }
  const events: GeneratedEvent[] = eventNames(rng, domains, size.events).map(({ domain, entity, verb }) => {
    const kind = weighted(rng, [['event', 16], ['command', 3], ['query', 1]] as const);
    const local = servicesByDomain.get(domain)!;
    const producer = local.length > 0 ? pick(rng, local) : Math.floor(rng() * services.length);
    const payload = jsonSchemaFor(rng, entity, verb);
    const consumerCount = Math.min(1 + Math.floor(rng() * 3), services.length - 1);
    const consumerServices = new Set<number>();
    while (consumerServices.size < consumerCount) {
      const candidate = rng() < 0.5 && local.length > 1 ? pick(rng, local) : Math.floor(rng() * services.length);
      if (candidate !== producer) consumerServices.add(candidate);
    }
    const fields = Object.keys(payload.schema.properties);
    return {
      name: `${domain}.${entity}.${verb}`,
      domain,
      kind,
      status: weighted(rng, [['active', 13], ['draft', 3], ['deprecated', 3], ['retired', 1]] as const),
      compatibility: weighted(rng, [[null, 17], ['BACKWARD_TRANSITIVE', 1], ['FULL', 1], ['FORWARD', 1]] as const),
      owner: rng() < 0.9 ? teamOf(domain) : pick(rng, PLATFORM_TEAMS),
      tags: pickDistinct(rng, TAGS, Math.floor(rng() * 4)),
      summary: `The ${entity} was ${verb} in ${domain}.`,
      description: `## ${capitalize(entity)} ${verb}\n\n${sentence(rng, entity)}\n\n- ${pick(rng, PROSE)}\n- ${pick(rng, PROSE)}\n`,
      channel: `${domain}.${kind === 'command' ? 'commands' : 'events'}`,
      partitionKey: `/${entity}Id`,
      payload,
      producer,
      consumers: [...consumerServices].map((service) => ({
        service,
        fieldsRead: pickDistinct(rng, fields, 1 + Math.floor(rng() * 4)).map((f) => `/${f}`),
        consumerGroup: `${services[service]!.name}-group`,
      })),
    };
  });
  return { domains, channels, services, events };
}
