/** Test fixture: a small two-service shop, written as the server would store it. */
import type { CatalogDocument } from '../../catalog-document';
import type { Catalog } from '../../model';
import { catalogFromDocument } from './catalog-from-document';

const orderCreatedV1 = {
  type: 'object',
  required: ['orderId'],
  properties: { orderId: { type: 'string' } },
};

const orderCreatedV2 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['orderId', 'total'],
  properties: {
    orderId: { type: 'string', format: 'uuid' },
    total: { $ref: '#/$defs/Money' },
    shipping: { $ref: '#/$defs/Address' },
  },
  $defs: {
    Money: { type: 'object', required: ['amount', 'currency'], properties: { amount: { type: 'number' }, currency: { type: 'string' } } },
    Address: { type: 'object', properties: { city: { type: 'string' } } },
  },
};

const paymentRequestedAvro = {
  type: 'record',
  name: 'PaymentRequested',
  namespace: 'shop.billing',
  fields: [
    { name: 'orderId', type: 'string' },
    { name: 'amount', type: 'double' },
  ],
};

/** The shop as a catalog document (names, not ids). */
export function shopDocument(): CatalogDocument {
  return {
    domains: [{ name: 'Sales', description: 'Orders and payments' }],
    services: [
      { name: 'Order Service', description: 'Takes orders.', owner: 'team-orders', tags: ['core'], domain: 'Sales', repositoryUrl: 'https://git.example.com/orders' },
      { name: 'Billing Service', description: 'Charges customers.', owner: 'team-billing' },
    ],
    channels: [
      { name: 'orders', address: 'shop.orders.v1', protocol: 'kafka', partitions: 3, retentionHours: 168, description: 'All order events.' },
      { name: 'orders.dlq', address: 'shop.orders.dlq', protocol: 'kafka' },
      { name: 'billing commands', address: 'billing/{region}/commands', protocol: 'amqp', bindings: { amqp: { is: 'routingKey', exchange: { name: 'billing', type: 'topic' } } } },
    ],
    events: [
      {
        name: 'OrderCreated',
        kind: 'event',
        title: 'Order created',
        summary: 'A customer placed an order.',
        description: 'Emitted once per **order**.',
        owner: 'team-orders',
        tags: ['order'],
        status: 'active',
        compatibility: 'BACKWARD',
        partitionKey: 'orderId',
        channel: 'orders',
        domain: 'Sales',
        contentType: 'application/json',
        headersSchema: JSON.stringify({ type: 'object', properties: { traceId: { type: 'string' } } }),
        correlationId: { location: '$message.header#/traceId', description: 'Trace of the checkout.' },
        versions: [
          { label: '1.0.0', format: 'json-schema', schema: JSON.stringify(orderCreatedV1) },
          {
            label: '2.0.0',
            format: 'json-schema',
            schema: JSON.stringify(orderCreatedV2, null, 2),
            examples: [{ orderId: '9d3c1f52-0000-4000-8000-000000000001', total: { amount: 10, currency: 'EUR' } }],
          },
        ],
      },
      {
        name: 'PaymentRequested',
        kind: 'command',
        summary: 'Order Service asks Billing to charge.',
        status: 'draft',
        channel: 'billing commands',
        versions: [{ label: '1', format: 'avro', schema: JSON.stringify(paymentRequestedAvro) }],
      },
      {
        name: 'InvoiceIssued',
        status: 'deprecated',
        versions: [{ format: 'json-schema', schema: JSON.stringify({ type: 'object', properties: { invoiceId: { type: 'string' } } }) }],
      },
    ],
    producers: [
      { service: 'Order Service', event: 'OrderCreated', channel: 'orders', operationId: 'publishOrderCreated' },
      { service: 'Order Service', event: 'PaymentRequested' },
      { service: 'Billing Service', event: 'InvoiceIssued' },
    ],
    consumers: [
      {
        service: 'Billing Service',
        event: 'OrderCreated',
        channel: 'orders',
        consumerGroup: 'billing',
        retryPolicy: { maxAttempts: 5, backoffMs: 200, multiplier: 2 },
        deadLetterChannel: 'orders.dlq',
        idempotencyKey: 'orderId',
        fieldsRead: ['/orderId', '/total/amount'],
      },
      { service: 'Billing Service', event: 'PaymentRequested', pinnedVersion: 1 },
    ],
    flows: [
      {
        name: 'Checkout',
        description: 'From order to invoice.',
        nodes: [
          { kind: 'service', name: 'Order Service', x: 0, y: 0 },
          { kind: 'event', name: 'OrderCreated', x: 200, y: 0 },
          { kind: 'channel', name: 'orders', x: 200, y: 100 },
          { kind: 'service', name: 'Billing Service', x: 400, y: 0 },
        ],
      },
    ],
  };
}

/** The shop as a catalog, with ids. */
export function shopCatalog(): Catalog {
  return catalogFromDocument(shopDocument(), 'Shop');
}
