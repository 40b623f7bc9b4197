import type { CatalogDocument, EventSpec } from '../catalog-document';

/**
 * Structural problems of a catalog document, as readable sentences: duplicate
 * names, references to items the document does not define, consumer field
 * pointers and partition keys missing from the event's latest schema, flow
 * nodes naming nothing. An empty list means the document is consistent.
 *
 * @example
 * findCatalogDocumentProblems(ecommerceCatalog) // []
 */
export function findCatalogDocumentProblems(document: CatalogDocument): string[] {
  const problems: string[] = [];
  const domains = uniqueNames('domain name', (document.domains ?? []).map((d) => d.name), problems);
  const services = uniqueNames('service name', document.services.map((s) => s.name), problems);
  const channels = uniqueNames('channel name', document.channels.map((c) => c.name), problems);
  const events = uniqueNames('event name', document.events.map((e) => e.name), problems);
  uniqueNames('flow name', (document.flows ?? []).map((f) => f.name), problems);
  uniqueNames('flow slug', (document.flows ?? []).flatMap((f) => (f.slug ? [f.slug] : [])), problems);

  const expect = (known: Set<string>, kind: string, name: string | null | undefined, where: string) => {
    if (name != null && !known.has(name)) problems.push(`${where}: unknown ${kind} "${name}"`);
  };
  const latestSchemas = new Map(document.events.map((e) => [e.name, latestSchema(e)]));

  for (const s of document.services) expect(domains, 'domain', s.domain, `service "${s.name}"`);
  for (const e of document.events) {
    const where = `event "${e.name}"`;
    expect(channels, 'channel', e.channel, where);
    expect(domains, 'domain', e.domain, where);
    if (e.versions.length === 0) problems.push(`${where}: has no versions`);
    const schema = latestSchemas.get(e.name);
    if (e.versions.length > 0 && schema === undefined) problems.push(`${where}: latest schema is not a JSON object`);
    if (e.partitionKey && schema && schemaAtPointer(schema, `/${e.partitionKey}`) === undefined) {
      problems.push(`${where}: partition key "${e.partitionKey}" is not a property of the latest schema`);
    }
  }
  for (const p of document.producers) {
    const where = `producer ${p.service} → ${p.event}`;
    expect(services, 'service', p.service, where);
    expect(events, 'event', p.event, where);
    expect(channels, 'channel', p.channel, where);
  }
  for (const c of document.consumers) {
    const where = `consumer ${c.event} → ${c.service}`;
    expect(services, 'service', c.service, where);
    expect(events, 'event', c.event, where);
    expect(channels, 'channel', c.channel, where);
    expect(channels, 'dead-letter channel', c.deadLetterChannel, where);
    if (c.deadLetterChannel != null && c.deadLetterChannel === c.channel) {
      problems.push(`${where}: dead-letter channel is the channel it consumes from`);
    }
    const event = document.events.find((e) => e.name === c.event);
    if (c.pinnedVersion != null && event && (c.pinnedVersion < 1 || c.pinnedVersion > event.versions.length)) {
      problems.push(`${where}: pinned to version ${c.pinnedVersion}, the event has ${event.versions.length}`);
    }
    const schema = latestSchemas.get(c.event);
    if (!schema) continue;
    const pointers = [...(c.fieldsRead ?? []), ...(c.idempotencyKey ? [c.idempotencyKey] : [])];
    for (const pointer of pointers) {
      if (schemaAtPointer(schema, pointer) === undefined) {
        problems.push(`${where}: field "${pointer}" is not in the latest schema of ${c.event}`);
      }
    }
  }
  const itemsByKind = { service: services, event: events, channel: channels };
  for (const flow of document.flows ?? []) {
    const seen = new Set<string>();
    for (const node of flow.nodes) {
      expect(itemsByKind[node.kind], node.kind, node.name, `flow "${flow.name}"`);
      const key = `${node.kind}:${node.name}`;
      if (seen.has(key)) problems.push(`flow "${flow.name}": ${node.kind} "${node.name}" appears twice`);
      seen.add(key);
    }
  }
  return problems;
}

function uniqueNames(kind: string, names: string[], problems: string[]): Set<string> {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) problems.push(`${kind} "${name}" is used twice`);
    seen.add(name);
  }
  return seen;
}

/** The latest version's schema parsed, or undefined when absent or not a JSON object. */
export function latestSchema(event: EventSpec): Record<string, unknown> | undefined {
  const latest = event.versions.at(-1);
  if (!latest) return undefined;
  try {
    const parsed: unknown = JSON.parse(latest.schema);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The sub-schema describing the payload value at a JSON pointer, walking
 * `properties` for object keys and `items` for array indexes (JSON Schema),
 * or `fields` by name (Avro records). Undefined when the schema has no such field.
 *
 * @example
 * schemaAtPointer({ type: 'object', properties: { orderId: { type: 'string' } } }, '/orderId') // { type: 'string' }
 */
export function schemaAtPointer(schema: Record<string, unknown>, pointer: string): Record<string, unknown> | undefined {
  if (pointer === '') return schema;
  if (!pointer.startsWith('/')) return undefined;
  const segments = pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  let current: Record<string, unknown> | undefined = schema;
  for (const segment of segments) {
    if (!current) return undefined;
    current = childSchema(current, segment);
  }
  return current;
}

function childSchema(schema: Record<string, unknown>, segment: string): Record<string, unknown> | undefined {
  const properties = schema.properties;
  if (isRecord(properties) && Object.hasOwn(properties, segment)) {
    const child = properties[segment];
    return isRecord(child) ? child : undefined;
  }
  if (/^(0|[1-9][0-9]*)$/.test(segment) && isRecord(schema.items)) return schema.items;
  if (Array.isArray(schema.fields)) {
    const field: unknown = schema.fields.find((f: unknown) => isRecord(f) && f.name === segment);
    if (isRecord(field)) return isRecord(field.type) ? field.type : { type: field.type };
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
