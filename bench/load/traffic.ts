/**
 * The load mix, as autocannon request generators: publishers that each add one new
 * optional field to an event's latest schema (BACKWARD-compatible on the closed
 * payloads), spread over many events, plus a few hot events shared by several
 * connections (their 409s are expected contention); and readers of the event JSON,
 * the event HTML page and the search list.
 */
import { ENTITIES, TAGS, teamOf } from './catalog-generator';
import type { ObjectSchema } from './payload-schema';
import { pick, type Random } from './random';

export type Kind = 'publish-spread' | 'publish-hot' | 'event-json' | 'event-page' | 'search';

/** What a 201 returned, plus the unique field the request added (to find it in the database). */
export interface AcceptedPublish {
  id: string;
  eventId: string;
  number: number;
  label: string;
  field: string;
  event: string;
}

/** Every publish the load sent, by the unique field it adds. */
export class PublishLedger {
  readonly accepted: AcceptedPublish[] = [];
  /** Sent and not answered (yet): timeouts, and requests cut off when a phase ended. */
  readonly unanswered = new Map<string, string>();
  contention409 = 0;
  unexpected409 = 0;
  private counter = 0;

  nextField(): string {
    this.counter += 1;
    return `loadField${this.counter}`;
  }
}

export interface PublishTarget {
  id: string;
  name: string;
  schema: ObjectSchema;
  /** The highest version number this process knows is stored. */
  latest: number;
  busy: boolean;
}

interface RequestContext {
  target?: PublishTarget;
  field?: string;
  candidate?: ObjectSchema;
}

export interface AutocannonRequest {
  method?: string;
  path?: string;
  body?: string;
  headers?: Record<string, string>;
  setupRequest?: (req: AutocannonRequest, context: RequestContext) => AutocannonRequest;
  onResponse?: (status: number, body: string, context: RequestContext) => void;
}

export interface KindSpec {
  kind: Kind;
  /** Share of the total connections. */
  share: number;
  headers: Record<string, string>;
  requests: AutocannonRequest[];
  /** Statuses that are expected outcomes, not errors (the hot events' 409). */
  expected: number[];
  /** Paced clients: requests per second over this kind's connections (none: each connection sends as fast as answered). */
  overallRate?: number;
}

/**
 * Paces the mix: publishers together offer `publishRate` requests/s and readers `readRate`,
 * each kind its part by its share of the connections.
 * @example paced(trafficMix(input), { publishRate: 250, readRate: 250 })
 */
export function paced(specs: KindSpec[], rates: { publishRate: number; readRate: number }): KindSpec[] {
  const isPublish = (spec: KindSpec) => spec.kind.startsWith('publish');
  const total = (publish: boolean) => specs.filter((s) => isPublish(s) === publish).reduce((sum, s) => sum + s.share, 0);
  return specs.map((spec) => {
    const publish = isPublish(spec);
    return { ...spec, overallRate: ((publish ? rates.publishRate : rates.readRate) * spec.share) / total(publish) };
  });
}

export interface TrafficInput {
  slug: string;
  editorToken: string;
  viewerToken: string;
  cookie: string;
  eventNames: string[];
  spreadTargets: PublishTarget[];
  hotTargets: PublishTarget[];
  ledger: PublishLedger;
  rng: Random;
}

function withField(schema: ObjectSchema, field: string): ObjectSchema {
  return { ...schema, properties: { ...schema.properties, [field]: { type: 'string', maxLength: 200 } } };
}

function publishBody(candidate: ObjectSchema): string {
  return JSON.stringify({ format: 'json-schema', schema: JSON.stringify(candidate), examples: [] });
}

function recordPublish(ledger: PublishLedger, status: number, body: string, context: RequestContext): { number: number } | null {
  const { target, field } = context;
  if (!target || !field) return null;
  ledger.unanswered.delete(field);
  if (status !== 201) return null;
  const version = JSON.parse(body) as { id: string; eventId: string; number: number; label: string };
  ledger.accepted.push({ id: version.id, eventId: version.eventId, number: version.number, label: version.label, field, event: target.name });
  return version;
}

/**
 * The five request kinds with their share of the connections.
 * @example const specs = trafficMix({ slug: 'scale', …, ledger: new PublishLedger(), rng: mulberry32(7) });
 */
export function trafficMix(input: TrafficInput): KindSpec[] {
  const { slug, ledger, rng } = input;
  const eventsPath = `/api/v1/workspaces/${slug}/events`;
  const json = { 'content-type': 'application/json' };
  const randomEvent = () => encodeURIComponent(pick(rng, input.eventNames));
  let spreadCursor = 0;

  const spread: AutocannonRequest = {
    method: 'POST',
    setupRequest(req, context) {
      let target: PublishTarget | undefined;
      for (let i = 0; i < input.spreadTargets.length && !target; i++) {
        const candidate = input.spreadTargets[(spreadCursor + i) % input.spreadTargets.length]!;
        if (!candidate.busy) target = candidate;
      }
      spreadCursor = (spreadCursor + 1) % input.spreadTargets.length;
      if (!target) throw new Error('More spread publishers than free events; raise the target count.');
      target.busy = true;
      const field = ledger.nextField();
      const candidate = withField(target.schema, field);
      Object.assign(context, { target, field, candidate });
      ledger.unanswered.set(field, target.name);
      return { ...req, path: `${eventsPath}/${encodeURIComponent(target.name)}/versions`, body: publishBody(candidate) };
    },
    onResponse(status, body, context) {
      const stored = recordPublish(ledger, status, body, context);
      if (context.target) context.target.busy = false;
      if (stored && context.target && context.candidate) {
        context.target.schema = context.candidate;
        context.target.latest = stored.number;
      }
      if (status === 409) ledger.unexpected409 += 1;
    },
  };

  let hotCursor = 0;
  const hot: AutocannonRequest = {
    method: 'POST',
    setupRequest(req, context) {
      const target = input.hotTargets[hotCursor++ % input.hotTargets.length]!;
      const field = ledger.nextField();
      // Built on the latest version this process has seen: concurrent publishers race, the loser gets 409.
      const candidate = withField(target.schema, field);
      Object.assign(context, { target, field, candidate });
      ledger.unanswered.set(field, target.name);
      return { ...req, path: `${eventsPath}/${encodeURIComponent(target.name)}/versions`, body: publishBody(candidate) };
    },
    onResponse(status, body, context) {
      const stored = recordPublish(ledger, status, body, context);
      if (stored && context.target && context.candidate && stored.number > context.target.latest) {
        context.target.schema = context.candidate;
        context.target.latest = stored.number;
      }
      if (status === 409) ledger.contention409 += 1;
    },
  };

  const searches = (): string => {
    const roll = rng();
    const params = new URLSearchParams({ limit: '50' });
    if (roll < 0.35) params.set('q', pick(rng, ENTITIES));
    else if (roll < 0.5) params.set('q', pick(rng, ['created', 'shipped', 'refunded', 'failed', 'payments', 'orders.order', 'inventory']));
    else if (roll < 0.65) {
      params.set('q', pick(rng, ENTITIES));
      params.set('status', pick(rng, ['active', 'deprecated', 'draft']));
    } else if (roll < 0.8) params.set('tag', pick(rng, TAGS));
    else if (roll < 0.9) params.set('owner', teamOf(pick(rng, ['orders', 'payments', 'billing', 'inventory', 'shipping'])));
    else params.set('offset', String(Math.floor(rng() * 9900)));
    return `${eventsPath}?${params.toString()}`;
  };

  return [
    { kind: 'publish-spread', share: 0.4, headers: { ...json, authorization: `Bearer ${input.editorToken}` }, requests: [spread], expected: [] },
    { kind: 'publish-hot', share: 0.04, headers: { ...json, authorization: `Bearer ${input.editorToken}` }, requests: [hot], expected: [409] },
    {
      kind: 'event-json',
      share: 0.2,
      headers: { authorization: `Bearer ${input.viewerToken}` },
      requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: `${eventsPath}/${randomEvent()}` }) }],
      expected: [],
    },
    {
      kind: 'event-page',
      share: 0.16,
      headers: { cookie: input.cookie },
      requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: `/w/${slug}/events/${randomEvent()}` }) }],
      expected: [],
    },
    {
      kind: 'search',
      share: 0.2,
      headers: { authorization: `Bearer ${input.viewerToken}` },
      requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: searches() }) }],
      expected: [],
    },
  ];
}
