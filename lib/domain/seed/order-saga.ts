import type { CatalogDocument, EventSpec } from '../catalog-document';
import { HEADER_CORRELATION_ID, STANDARD_HEADERS_SCHEMA, STANDARD_RETRY, jsonSchemaVersion, kafkaTopic } from './builders';
import { ecommerceCatalog } from './ecommerce';
import { EXAMPLE_RESERVATION_A } from './ecommerce-order-events';
import { channel, columnLayout, event, service } from './flow-layout';
import { currencyProperty, eventSchema, moneyProperty, timestampProperty, uuidProperty } from './schemas';

/** The items of `list` with the given names, in that order; throws on a name the list lacks. */
function pick<T extends { name: string }>(list: readonly T[], names: readonly string[]): T[] {
  return names.map((name) => {
    const item = list.find((candidate) => candidate.name === name);
    if (!item) throw new Error(`order saga: the e-commerce catalog has no "${name}"`);
    return item;
  });
}

const SAGA_SERVICES = ['Order Service', 'Inventory Service', 'Payment Service'];
const SAGA_EVENTS = ['OrderCreated', 'InventoryReserved', 'ReserveFailed', 'PaymentProcessed', 'OrderCompleted', 'OrderCancelled'];
const COMPENSATION_ORDER = 'd4c3b2a1-9f8e-4d7c-8b6a-5f4e3d2c1b0a';

/** Saga events are active, keyed by order and carry the standard headers. */
function sagaEvent(spec: EventSpec): EventSpec {
  return {
    status: 'active',
    partitionKey: 'orderId',
    domain: 'Orders',
    contentType: 'application/json',
    headersSchema: STANDARD_HEADERS_SCHEMA,
    correlationId: HEADER_CORRELATION_ID,
    ...spec,
  };
}

const paymentFailed = sagaEvent({
  name: 'PaymentFailed',
  kind: 'event',
  title: 'Payment failed',
  summary: 'The provider declined the capture; the saga must compensate the stock reservation.',
  description: `## Compensation trigger
Order Service reacts by:
1. sending \`ReleaseInventory\` for the reservation, and
2. publishing \`OrderCancelled\` with reason \`PAYMENT_DECLINED\`.`,
  owner: 'team-payments',
  tags: ['payments', 'saga', 'failure'],
  channel: 'payments',
  versions: [
    jsonSchemaVersion(
      '1.0.0',
      eventSchema({
        title: 'PaymentFailed',
        description: 'The payment could not be captured.',
        properties: {
          orderId: uuidProperty('The order that could not be paid.'),
          reservationId: uuidProperty('The stock reservation to release.'),
          amount: moneyProperty('Amount that was attempted.'),
          currency: currencyProperty,
          declineCode: { type: 'string', enum: ['insufficient_funds', 'card_expired', 'fraud_suspected', 'provider_error'] },
          occurredAt: timestampProperty('When the provider declined.'),
        },
        required: ['orderId', 'reservationId', 'amount', 'currency', 'declineCode', 'occurredAt'],
      }),
      [
        {
          orderId: COMPENSATION_ORDER,
          reservationId: EXAMPLE_RESERVATION_A,
          amount: 52.3,
          currency: 'EUR',
          declineCode: 'insufficient_funds',
          occurredAt: '2025-03-14T12:30:05Z',
        },
      ],
    ),
  ],
});

const releaseInventory = sagaEvent({
  name: 'ReleaseInventory',
  kind: 'command',
  title: 'Release inventory',
  summary: 'Command to Inventory Service: give back the stock held for an order.',
  description: `## Compensating command
Sent by Order Service, the saga's orchestrator for compensation. Inventory Service must treat it as
**idempotent**: releasing an already released \`reservationId\` is a no-op that still answers \`InventoryReleased\`.`,
  owner: 'team-orders',
  tags: ['inventory', 'saga', 'compensation'],
  channel: 'inventory.commands',
  versions: [
    jsonSchemaVersion(
      '1.0.0',
      eventSchema({
        title: 'ReleaseInventory',
        description: 'Release a stock reservation.',
        properties: {
          orderId: uuidProperty('The order being compensated.'),
          reservationId: uuidProperty('The reservation to release.'),
          reason: { type: 'string', enum: ['PAYMENT_DECLINED', 'CUSTOMER_REQUEST', 'TIMEOUT'] },
          requestedAt: timestampProperty('When the release was requested.'),
        },
        required: ['orderId', 'reservationId', 'reason', 'requestedAt'],
      }),
      [{ orderId: COMPENSATION_ORDER, reservationId: EXAMPLE_RESERVATION_A, reason: 'PAYMENT_DECLINED', requestedAt: '2025-03-14T12:30:06Z' }],
    ),
  ],
});

const inventoryReleased = sagaEvent({
  name: 'InventoryReleased',
  kind: 'event',
  title: 'Inventory released',
  summary: 'Stock held for a cancelled order is available again; the compensation is done.',
  description: `## Meaning
The reservation named by \`reservationId\` no longer holds stock. Order Service closes the saga when it sees this.`,
  owner: 'team-inventory',
  tags: ['inventory', 'saga', 'compensation'],
  channel: 'inventory',
  versions: [
    jsonSchemaVersion(
      '1.0.0',
      eventSchema({
        title: 'InventoryReleased',
        description: 'A reservation was released.',
        properties: {
          orderId: uuidProperty('The compensated order.'),
          reservationId: uuidProperty('The released reservation.'),
          occurredAt: timestampProperty('When the stock was released.'),
        },
        required: ['orderId', 'reservationId', 'occurredAt'],
      }),
      [{ orderId: COMPENSATION_ORDER, reservationId: EXAMPLE_RESERVATION_A, occurredAt: '2025-03-14T12:30:07Z' }],
    ),
  ],
});

const sagaConsumer = { retryPolicy: STANDARD_RETRY, deadLetterChannel: 'orders.dlq', idempotencyKey: '/orderId' };
const inSaga = (edge: { service: string; event: string }) =>
  SAGA_SERVICES.includes(edge.service) && SAGA_EVENTS.includes(edge.event);

/**
 * The order flow seen as a saga: the e-commerce services and events plus the
 * compensation path (PaymentFailed → ReleaseInventory → InventoryReleased → OrderCancelled).
 * Shared items are the e-commerce objects themselves, so merging both documents never conflicts.
 */
export const orderSagaCatalog: CatalogDocument = {
  domains: ecommerceCatalog.domains ?? [],
  services: pick(ecommerceCatalog.services, SAGA_SERVICES),
  channels: [
    ...pick(ecommerceCatalog.channels, ['orders', 'inventory', 'payments', 'orders.dlq']),
    kafkaTopic('inventory.commands', { partitions: 6, retentionHours: 72, description: 'Commands addressed to Inventory Service.' }),
  ],
  events: [...pick(ecommerceCatalog.events, SAGA_EVENTS), paymentFailed, releaseInventory, inventoryReleased],
  producers: [
    ...ecommerceCatalog.producers.filter(inSaga),
    { service: 'Payment Service', event: 'PaymentFailed', channel: 'payments', operationId: 'publishPaymentFailed' },
    { service: 'Order Service', event: 'ReleaseInventory', channel: 'inventory.commands', operationId: 'sendReleaseInventory' },
    { service: 'Inventory Service', event: 'InventoryReleased', channel: 'inventory', operationId: 'publishInventoryReleased' },
  ],
  consumers: [
    ...ecommerceCatalog.consumers.filter(inSaga),
    {
      ...sagaConsumer,
      service: 'Order Service',
      event: 'PaymentFailed',
      channel: 'payments',
      consumerGroup: 'order-service.payments',
      fieldsRead: ['/orderId', '/reservationId', '/declineCode'],
      operationId: 'compensateDeclinedPayment',
    },
    {
      ...sagaConsumer,
      service: 'Inventory Service',
      event: 'ReleaseInventory',
      channel: 'inventory.commands',
      consumerGroup: 'inventory-service.commands',
      idempotencyKey: '/reservationId',
      fieldsRead: ['/orderId', '/reservationId', '/reason'],
      operationId: 'releaseReservation',
    },
    {
      ...sagaConsumer,
      service: 'Order Service',
      event: 'InventoryReleased',
      channel: 'inventory',
      consumerGroup: 'order-service.inventory',
      fieldsRead: ['/orderId', '/reservationId'],
      operationId: 'closeCompensatedSaga',
    },
  ],
  flows: [
    {
      name: 'Order saga',
      slug: 'order-saga',
      description:
        'Happy path OrderCreated → InventoryReserved → PaymentProcessed → OrderCompleted; ' +
        'failures compensate: ReserveFailed or PaymentFailed → ReleaseInventory → InventoryReleased → OrderCancelled.',
      nodes: columnLayout([
        [service('Order Service')],
        [event('OrderCreated'), event('ReleaseInventory'), event('OrderCompleted'), event('OrderCancelled')],
        [channel('orders'), channel('inventory.commands')],
        [service('Inventory Service')],
        [event('InventoryReserved'), event('ReserveFailed'), event('InventoryReleased')],
        [channel('inventory')],
        [service('Payment Service')],
        [event('PaymentProcessed'), event('PaymentFailed')],
        [channel('payments'), channel('orders.dlq')],
      ]),
    },
  ],
};
