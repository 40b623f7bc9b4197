import type { EventSpec } from '../catalog-document';
import { HEADER_CORRELATION_ID, STANDARD_HEADERS_SCHEMA, jsonSchemaVersion } from './builders';
import {
  EXAMPLE_ORDER_A,
  EXAMPLE_ORDER_B,
  EXAMPLE_PAYMENT_A,
  EXAMPLE_RESERVATION_A,
} from './ecommerce-order-events';
import {
  currencyProperty,
  eventSchema,
  moneyProperty,
  skuProperty,
  timestampProperty,
  uuidProperty,
} from './schemas';

export const inventoryReserved: EventSpec = {
  name: 'InventoryReserved',
  kind: 'event',
  title: 'Inventory reserved',
  summary: 'Every line of the order is held in a warehouse until the reservation expires.',
  description: `## When it is published
Inventory Service publishes it after reserving **all** lines of an \`OrderCreated\`; partial reservations are never published.

## Notes for consumers
- The reservation is released automatically at \`expiresAt\` unless the order completes.
- \`orderTotal\` is copied from the order so Payment Service need not call Order Service.`,
  owner: 'team-inventory',
  tags: ['inventory', 'stock'],
  status: 'active',
  partitionKey: 'orderId',
  channel: 'inventory',
  domain: 'Orders',
  contentType: 'application/json',
  headersSchema: STANDARD_HEADERS_SCHEMA,
  correlationId: HEADER_CORRELATION_ID,
  versions: [
    jsonSchemaVersion(
      '1.0.0',
      eventSchema({
        title: 'InventoryReserved',
        description: 'Stock for the whole order is reserved.',
        properties: {
          reservationId: uuidProperty('The reservation, needed to release it.'),
          orderId: uuidProperty('The order the stock is held for.'),
          items: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              properties: {
                sku: skuProperty,
                quantity: { type: 'integer', minimum: 1 },
                warehouseId: { type: 'string', pattern: '^WH-[A-Z]{3}-[0-9]{2}$' },
              },
              required: ['sku', 'quantity', 'warehouseId'],
              additionalProperties: false,
            },
          },
          orderTotal: moneyProperty('Order total to charge.'),
          currency: currencyProperty,
          expiresAt: timestampProperty('When the hold lapses.'),
          occurredAt: timestampProperty('When the stock was reserved.'),
        },
        required: ['reservationId', 'orderId', 'items', 'orderTotal', 'currency', 'expiresAt', 'occurredAt'],
      }),
      [
        {
          reservationId: EXAMPLE_RESERVATION_A,
          orderId: EXAMPLE_ORDER_A,
          items: [
            { sku: 'TSHIRT-BLK-M', quantity: 2, warehouseId: 'WH-BER-01' },
            { sku: 'MUG-WHT-350', quantity: 1, warehouseId: 'WH-BER-01' },
          ],
          orderTotal: 52.3,
          currency: 'EUR',
          expiresAt: '2025-03-14T09:41:54Z',
          occurredAt: '2025-03-14T09:26:54Z',
        },
      ],
    ),
  ],
};

export const reserveFailed: EventSpec = {
  name: 'ReserveFailed',
  kind: 'event',
  title: 'Reservation failed',
  summary: 'Stock for at least one line could not be reserved; nothing is held.',
  description: `## When it is published
Inventory Service publishes it instead of \`InventoryReserved\` when any line cannot be held.
Reservations made for the other lines are rolled back first.

## Reasons
- \`OUT_OF_STOCK\`: not enough units; see \`unavailableSkus\`.
- \`UNKNOWN_SKU\`: the catalog does not know the SKU.
- \`WAREHOUSE_UNAVAILABLE\`: transient; the order may be retried later.`,
  owner: 'team-inventory',
  tags: ['inventory', 'failure'],
  status: 'active',
  partitionKey: 'orderId',
  channel: 'inventory',
  domain: 'Orders',
  contentType: 'application/json',
  headersSchema: STANDARD_HEADERS_SCHEMA,
  correlationId: HEADER_CORRELATION_ID,
  versions: [
    jsonSchemaVersion(
      '1.0.0',
      eventSchema({
        title: 'ReserveFailed',
        description: 'Stock could not be reserved.',
        properties: {
          orderId: uuidProperty('The order that could not be served.'),
          reason: { type: 'string', enum: ['OUT_OF_STOCK', 'UNKNOWN_SKU', 'WAREHOUSE_UNAVAILABLE'] },
          unavailableSkus: { type: 'array', items: skuProperty, uniqueItems: true },
          occurredAt: timestampProperty('When the reservation failed.'),
        },
        required: ['orderId', 'reason', 'unavailableSkus', 'occurredAt'],
      }),
      [
        {
          orderId: EXAMPLE_ORDER_B,
          reason: 'OUT_OF_STOCK',
          unavailableSkus: ['HEADPHONES-X200'],
          occurredAt: '2025-03-14T11:02:18.100Z',
        },
      ],
    ),
  ],
};

export const paymentProcessed: EventSpec = {
  name: 'PaymentProcessed',
  kind: 'event',
  title: 'Payment processed',
  summary: 'The order amount was captured from the customer.',
  description: `## When it is published
Payment Service publishes it once the payment provider confirms the capture for a reserved order.

## Fields worth knowing
- \`paymentId\` is our id; \`providerReference\` is the provider's.
- \`method\` is one of \`card\`, \`paypal\` or \`bank_transfer\`.

> Card data never appears in this event.`,
  owner: 'team-payments',
  tags: ['payments', 'pci'],
  status: 'active',
  compatibility: 'FULL',
  partitionKey: 'orderId',
  channel: 'payments',
  domain: 'Orders',
  contentType: 'application/json',
  headersSchema: STANDARD_HEADERS_SCHEMA,
  correlationId: HEADER_CORRELATION_ID,
  versions: [
    jsonSchemaVersion(
      '1.0.0',
      eventSchema({
        title: 'PaymentProcessed',
        description: 'The payment was captured.',
        properties: {
          paymentId: uuidProperty('Payment id, assigned by Payment Service.'),
          orderId: uuidProperty('The order paid for.'),
          amount: moneyProperty('Amount captured.'),
          currency: currencyProperty,
          method: { type: 'string', enum: ['card', 'paypal', 'bank_transfer'] },
          providerReference: { type: 'string', minLength: 1, description: "The provider's transaction id." },
          occurredAt: timestampProperty('When the capture was confirmed.'),
        },
        required: ['paymentId', 'orderId', 'amount', 'currency', 'method', 'occurredAt'],
      }),
      [
        {
          paymentId: EXAMPLE_PAYMENT_A,
          orderId: EXAMPLE_ORDER_A,
          amount: 52.3,
          currency: 'EUR',
          method: 'card',
          providerReference: 'ch_3OqT2aLkdIwHu7ix0',
          occurredAt: '2025-03-14T09:26:57Z',
        },
        {
          paymentId: '9d8e7f6a-5b4c-4d3e-8f2a-1b0c9d8e7f6a',
          orderId: '5c2e8a1f-7d3b-4f60-9e14-a2b3c4d5e6f7',
          amount: 149,
          currency: 'USD',
          method: 'paypal',
          occurredAt: '2025-03-14T11:03:02Z',
        },
      ],
    ),
  ],
};
