import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { CatalogDocument, EventSpec } from '../catalog-document';
import { JSON_SCHEMA_2020 } from './schemas';
import { demoCatalog, findCatalogDocumentProblems, seedCatalogs, seedSystems } from './index';

/** A fresh strict validator per schema, so unknown keywords or formats fail loudly. */
function compile(schemaText: string) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(schemaText) as object);
}

const systems = seedSystems.map((system) => [system.slug, system.document] as const);

describe.each(systems)('seed system %s', (_slug, document: CatalogDocument) => {
  it('is consistent: unique names, every reference resolves, every field read exists', () => {
    expect(findCatalogDocumentProblems(document)).toEqual([]);
  });

  it.each(document.events.map((e) => [e.name, e] as const))('%s: every example validates against its version', (_name, event: EventSpec) => {
    expect(event.versions.length).toBeGreaterThan(0);
    for (const version of event.versions) {
      expect(version.format).toBe('json-schema');
      const schema = JSON.parse(version.schema) as Record<string, unknown>;
      expect(schema.$schema).toBe(JSON_SCHEMA_2020);
      expect(schema.type).toBe('object');
      const validate = compile(version.schema);
      expect(version.examples?.length ?? 0).toBeGreaterThanOrEqual(1);
      expect(version.examples?.length ?? 0).toBeLessThanOrEqual(2);
      for (const example of version.examples ?? []) {
        const valid = validate(example);
        expect(validate.errors ?? [], `${event.name} ${version.label}`).toEqual([]);
        expect(valid).toBe(true);
      }
    }
  });

  it.each(document.events.map((e) => [e.name, e] as const))('%s: an example missing a required field is rejected', (_name, event: EventSpec) => {
    // Guards the test above: the schemas really constrain the payloads.
    for (const version of event.versions) {
      const schema = JSON.parse(version.schema) as { required: string[] };
      const validate = compile(version.schema);
      const [example] = (version.examples ?? []) as Record<string, unknown>[];
      const [firstRequired] = schema.required;
      expect(example && firstRequired).toBeTruthy();
      const { [firstRequired!]: _dropped, ...incomplete } = example!;
      expect(validate(incomplete)).toBe(false);
    }
  });

  it('headers schemas compile and require a correlation id where one is declared', () => {
    for (const event of document.events) {
      if (event.headersSchema) {
        const validate = compile(event.headersSchema);
        expect(validate({ correlationId: '3f6c2a9e-8b1d-4c7e-9a52-1e0d4b7f6a21' })).toBe(true);
        expect(validate({})).toBe(false);
      }
      if (event.correlationId) expect(event.correlationId.location).toBe('$message.header#/correlationId');
    }
  });

  it('its flow shows every service, event and channel exactly once, laid out in 300px columns', () => {
    const [flow] = document.flows ?? [];
    expect(document.flows).toHaveLength(1);
    const shown = new Set(flow!.nodes.map((n) => `${n.kind}:${n.name}`));
    const items = [
      ...document.services.map((s) => `service:${s.name}`),
      ...document.events.map((e) => `event:${e.name}`),
      ...document.channels.map((c) => `channel:${c.name}`),
    ];
    expect([...shown].sort()).toEqual([...items].sort());
    expect(flow!.nodes).toHaveLength(items.length);
    const positions = new Set(flow!.nodes.map((n) => `${n.x},${n.y}`));
    expect(positions.size).toBe(flow!.nodes.length);
    for (const node of flow!.nodes) {
      expect(node.x % 300).toBe(0);
      expect(node.y).toBeGreaterThanOrEqual(0);
    }
  });

  it('kafka channels bind their partitions with three replicas', () => {
    for (const channel of document.channels) {
      expect(channel.protocol).toBe('kafka');
      expect(channel.partitions).toBeGreaterThanOrEqual(3);
      expect(channel.partitions).toBeLessThanOrEqual(12);
      expect(channel.bindings).toEqual({ kafka: { partitions: channel.partitions, replicas: 3 } });
    }
  });
});

describe('e-commerce demo content', () => {
  const ecommerce = seedSystems.find((s) => s.slug === 'ecommerce-order-flow')!.document;
  const produces = (service: string) => ecommerce.producers.filter((p) => p.service === service).map((p) => p.event).sort();
  const consumes = (service: string) => ecommerce.consumers.filter((c) => c.service === service).map((c) => c.event).sort();

  it('wires the order flow: order → inventory → payment → order → notification', () => {
    expect(produces('Order Service')).toEqual(['OrderCancelled', 'OrderCompleted', 'OrderCreated']);
    expect(consumes('Inventory Service')).toEqual(['OrderCreated']);
    expect(produces('Inventory Service')).toEqual(['InventoryReserved', 'ReserveFailed']);
    expect(consumes('Payment Service')).toEqual(['InventoryReserved']);
    expect(produces('Payment Service')).toEqual(['PaymentProcessed']);
    expect(consumes('Order Service')).toEqual(['PaymentProcessed', 'ReserveFailed']);
    expect(consumes('Notification Service')).toEqual(['OrderCancelled', 'OrderCompleted']);
  });

  it('gives every consumer a group, a retry policy, a dead-letter topic and the order id as idempotency key', () => {
    for (const consumer of ecommerce.consumers) {
      expect(consumer.consumerGroup).toBeTruthy();
      expect(consumer.retryPolicy?.maxAttempts).toBeGreaterThan(0);
      expect(consumer.deadLetterChannel).toBe('orders.dlq');
      expect(consumer.idempotencyKey).toBe('/orderId');
    }
  });

  it('has exactly one draft event and partitions every event by orderId', () => {
    expect(ecommerce.events.filter((e) => e.status === 'draft').map((e) => e.name)).toEqual(['OrderCompleted']);
    expect(ecommerce.events.every((e) => e.partitionKey === 'orderId' && e.contentType === 'application/json')).toBe(true);
  });

  it('evolves OrderCreated compatibly: v2 only adds an optional field, and v1 examples still validate', () => {
    const orderCreated = ecommerce.events.find((e) => e.name === 'OrderCreated')!;
    expect(orderCreated.versions.map((v) => v.label)).toEqual(['1.0.0', '1.1.0']);
    const [v1, v2] = orderCreated.versions.map((v) => JSON.parse(v.schema) as { properties: object; required: string[] });
    const added = Object.keys(v2!.properties).filter((key) => !(key in v1!.properties));
    expect(added).toEqual(['shippingAddress']);
    expect(v2!.required).toEqual(v1!.required);
    expect(Object.keys(v1!.properties).every((key) => key in v2!.properties)).toBe(true);
    const validateV2 = compile(orderCreated.versions[1]!.schema);
    for (const example of orderCreated.versions[0]!.examples ?? []) expect(validateV2(example)).toBe(true);
  });

  it('writes Markdown descriptions with a heading, a list and a code span', () => {
    for (const event of ecommerce.events) {
      expect(event.description).toMatch(/^## /m);
      expect(event.description).toMatch(/^- /m);
      expect(event.description).toMatch(/`[^`]+`/);
    }
  });
});

describe('the demo workspace', () => {
  it('is one workspace, slug demo, holding the merged catalog', () => {
    expect(seedCatalogs.map((c) => c.slug)).toEqual(['demo']);
    expect(seedCatalogs[0]!.document).toEqual(demoCatalog());
  });

  it('contains the four e-commerce services, the six order events and the five flows', () => {
    const demo = demoCatalog();
    const serviceNames = demo.services.map((s) => s.name);
    const eventNames = demo.events.map((e) => e.name);
    for (const name of ['Order Service', 'Payment Service', 'Inventory Service', 'Notification Service']) {
      expect(serviceNames).toContain(name);
    }
    for (const name of ['OrderCreated', 'PaymentProcessed', 'InventoryReserved', 'ReserveFailed', 'OrderCancelled', 'OrderCompleted']) {
      expect(eventNames).toContain(name);
    }
    expect((demo.flows ?? []).map((f) => f.slug).sort()).toEqual(
      ['banking-fanout', 'ecommerce-order-flow', 'file-pipeline', 'order-saga', 'video-plays'],
    );
  });

  it('is consistent and holds every item of every system once', () => {
    const demo = demoCatalog();
    expect(findCatalogDocumentProblems(demo)).toEqual([]);
    const allServices = new Set(seedSystems.flatMap((s) => s.document.services.map((x) => x.name)));
    const allEvents = new Set(seedSystems.flatMap((s) => s.document.events.map((x) => x.name)));
    expect(demo.services).toHaveLength(allServices.size);
    expect(demo.events).toHaveLength(allEvents.size);
  });

  it('returns a fresh copy each call', () => {
    const first = demoCatalog();
    first.services[0]!.name = 'Renamed';
    first.events.pop();
    const second = demoCatalog();
    expect(second.services[0]!.name).not.toBe('Renamed');
    expect(second.events).toHaveLength(first.events.length + 1);
  });
});
