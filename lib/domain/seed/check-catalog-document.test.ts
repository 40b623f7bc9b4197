import { describe, expect, it } from 'vitest';
import type { CatalogDocument } from '../catalog-document';
import { findCatalogDocumentProblems, schemaAtPointer } from './check-catalog-document';

const schema = JSON.stringify({
  type: 'object',
  properties: {
    orderId: { type: 'string' },
    items: { type: 'array', items: { type: 'object', properties: { sku: { type: 'string' } } } },
    'a/b': { type: 'string' },
  },
});

function validDocument(): CatalogDocument {
  return {
    domains: [{ name: 'Orders' }],
    services: [{ name: 'A', domain: 'Orders' }, { name: 'B' }],
    channels: [{ name: 'orders', protocol: 'kafka' }, { name: 'dlq', protocol: 'kafka' }],
    events: [{ name: 'E', channel: 'orders', partitionKey: 'orderId', versions: [{ format: 'json-schema', schema }] }],
    producers: [{ service: 'A', event: 'E', channel: 'orders' }],
    consumers: [{ service: 'B', event: 'E', channel: 'orders', deadLetterChannel: 'dlq', idempotencyKey: '/orderId', fieldsRead: ['/items/0/sku'] }],
    flows: [{ name: 'F', slug: 'f', nodes: [{ kind: 'service', name: 'A', x: 0, y: 0 }, { kind: 'event', name: 'E', x: 300, y: 0 }] }],
  };
}

describe('findCatalogDocumentProblems', () => {
  it('finds nothing wrong with a consistent document', () => {
    expect(findCatalogDocumentProblems(validDocument())).toEqual([]);
  });

  it('reports duplicate names per kind', () => {
    const document = validDocument();
    document.services.push({ name: 'A' });
    document.flows!.push({ name: 'G', slug: 'f', nodes: [] });
    expect(findCatalogDocumentProblems(document)).toEqual(['service name "A" is used twice', 'flow slug "f" is used twice']);
  });

  it('reports references to items the document does not define', () => {
    const document = validDocument();
    document.producers.push({ service: 'Ghost', event: 'E', channel: 'nowhere' });
    document.consumers[0]!.deadLetterChannel = 'missing-dlq';
    document.events[0]!.domain = 'Shipping';
    document.flows![0]!.nodes.push({ kind: 'channel', name: 'A', x: 600, y: 0 });
    expect(findCatalogDocumentProblems(document)).toEqual([
      'event "E": unknown domain "Shipping"',
      'producer Ghost → E: unknown service "Ghost"',
      'producer Ghost → E: unknown channel "nowhere"',
      'consumer E → B: unknown dead-letter channel "missing-dlq"',
      'flow "F": unknown channel "A"',
    ]);
  });

  it('reports fields read, idempotency keys and partition keys missing from the latest schema', () => {
    const document = validDocument();
    document.consumers[0]!.fieldsRead = ['/orderId', '/customerId'];
    document.consumers[0]!.idempotencyKey = '/eventId';
    document.events[0]!.partitionKey = 'accountId';
    expect(findCatalogDocumentProblems(document)).toEqual([
      'event "E": partition key "accountId" is not a property of the latest schema',
      'consumer E → B: field "/customerId" is not in the latest schema of E',
      'consumer E → B: field "/eventId" is not in the latest schema of E',
    ]);
  });

  it('reads fields against the latest version, not the first', () => {
    const document = validDocument();
    document.events[0]!.versions.push({ format: 'json-schema', schema: JSON.stringify({ type: 'object', properties: { orderId: {} } }) });
    expect(findCatalogDocumentProblems(document)).toEqual(['consumer E → B: field "/items/0/sku" is not in the latest schema of E']);
  });

  it('reports a dead-letter channel equal to the consumed channel, bad pins, repeated flow nodes and unparsable schemas', () => {
    const document = validDocument();
    document.consumers[0]!.deadLetterChannel = 'orders';
    document.consumers[0]!.pinnedVersion = 2;
    document.flows![0]!.nodes.push({ kind: 'service', name: 'A', x: 0, y: 150 });
    document.events.push({ name: 'Broken', versions: [{ format: 'json-schema', schema: '{nope' }] }, { name: 'Empty', versions: [] });
    expect(findCatalogDocumentProblems(document)).toEqual([
      'event "Broken": latest schema is not a JSON object',
      'event "Empty": has no versions',
      'consumer E → B: dead-letter channel is the channel it consumes from',
      'consumer E → B: pinned to version 2, the event has 1',
      'flow "F": service "A" appears twice',
    ]);
  });
});

describe('schemaAtPointer', () => {
  const parsed = JSON.parse(schema) as Record<string, unknown>;

  it('walks properties and array items, unescaping ~1', () => {
    expect(schemaAtPointer(parsed, '/orderId')).toEqual({ type: 'string' });
    expect(schemaAtPointer(parsed, '/items/3/sku')).toEqual({ type: 'string' });
    expect(schemaAtPointer(parsed, '/a~1b')).toEqual({ type: 'string' });
    expect(schemaAtPointer(parsed, '')).toBe(parsed);
  });

  it('is undefined for absent fields and non-pointers', () => {
    expect(schemaAtPointer(parsed, '/items/sku')).toBeUndefined();
    expect(schemaAtPointer(parsed, '/orderId/length')).toBeUndefined();
    expect(schemaAtPointer(parsed, 'orderId')).toBeUndefined();
  });

  it('walks Avro record fields by name', () => {
    const avro = {
      type: 'record',
      name: 'Order',
      fields: [
        { name: 'id', type: 'string' },
        { name: 'customer', type: { type: 'record', name: 'Customer', fields: [{ name: 'email', type: 'string' }] } },
      ],
    };
    expect(schemaAtPointer(avro, '/id')).toEqual({ type: 'string' });
    expect(schemaAtPointer(avro, '/customer/email')).toEqual({ type: 'string' });
    expect(schemaAtPointer(avro, '/customer/phone')).toBeUndefined();
  });
});
