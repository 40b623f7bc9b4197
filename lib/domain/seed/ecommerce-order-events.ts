import type { EventSpec } from '../catalog-document';
import { HEADER_CORRELATION_ID, STANDARD_HEADERS_SCHEMA, jsonSchemaVersion } from './builders';
import {
  currencyProperty,
  customerIdProperty,
  eventSchema,
  lineItemSchema,
  moneyProperty,
  postalAddressSchema,
  timestampProperty,
  uuidProperty,
} from './schemas';

/** Fixed ids so examples are deterministic and line up across events of one order. */
export const EXAMPLE_ORDER_A = '3f6c2a9e-8b1d-4c7e-9a52-1e0d4b7f6a21';
export const EXAMPLE_ORDER_B = 'b7e4d1c0-5a3f-4e29-8c61-9d2f0a4b3e58';
export const EXAMPLE_CUSTOMER_A = 'cus_7Hq2Lm9Xa';
export const EXAMPLE_CUSTOMER_B = 'cus_K3p8Zt1Rw';
export const EXAMPLE_PAYMENT_A = 'c1a9f3e2-6d4b-4a87-b0e5-2f8c7d1a9b34';
export const EXAMPLE_RESERVATION_A = 'e5b2c8d1-3f7a-4c90-a6e4-8b1d2c3f4a5e';

const orderCreatedV1Properties = {
  orderId: uuidProperty('Order id, assigned by Order Service.'),
  customerId: customerIdProperty,
  items: { type: 'array', minItems: 1, items: lineItemSchema, description: 'Ordered lines.' },
  total: moneyProperty('Sum of quantity × unitPrice over all items.'),
  currency: currencyProperty,
  occurredAt: timestampProperty('When the order was placed.'),
};
const orderCreatedRequired = ['orderId', 'customerId', 'items', 'total', 'currency', 'occurredAt'];

const orderCreatedExampleA = {
  orderId: EXAMPLE_ORDER_A,
  customerId: EXAMPLE_CUSTOMER_A,
  items: [
    { sku: 'TSHIRT-BLK-M', quantity: 2, unitPrice: 19.9 },
    { sku: 'MUG-WHT-350', quantity: 1, unitPrice: 12.5 },
  ],
  total: 52.3,
  currency: 'EUR',
  occurredAt: '2025-03-14T09:26:53Z',
};
const orderCreatedExampleB = {
  orderId: EXAMPLE_ORDER_B,
  customerId: EXAMPLE_CUSTOMER_B,
  items: [{ sku: 'HEADPHONES-X200', quantity: 1, unitPrice: 149 }],
  total: 149,
  currency: 'USD',
  occurredAt: '2025-03-14T11:02:17.250Z',
};

export const orderCreated: EventSpec = {
  name: 'OrderCreated',
  kind: 'event',
  title: 'Order created',
  summary: 'A customer placed an order; stock has not been reserved yet.',
  description: `## When it is published
Order Service publishes \`OrderCreated\` once checkout succeeds and the order is stored in state \`PENDING\`.

## What consumers do with it
- **Inventory Service** reserves stock for every line in \`items\`.
- Analytics may count it, but must not assume the order will complete.

## Versions
- \`1.0.0\`: the original contract.
- \`1.1.0\`: adds the optional \`shippingAddress\`. The schema is a closed content model, so this is
  BACKWARD compatible: consumers upgraded first still read every 1.0.0 event, which can never carry it.

Partitioned by \`orderId\`, so all events of one order stay in order.`,
  owner: 'team-orders',
  tags: ['orders', 'checkout', 'pii'],
  status: 'active',
  compatibility: 'BACKWARD',
  partitionKey: 'orderId',
  channel: 'orders',
  domain: 'Orders',
  contentType: 'application/json',
  headersSchema: STANDARD_HEADERS_SCHEMA,
  correlationId: HEADER_CORRELATION_ID,
  versions: [
    jsonSchemaVersion(
      '1.0.0',
      eventSchema({
        title: 'OrderCreated',
        description: 'A customer placed an order.',
        properties: orderCreatedV1Properties,
        required: orderCreatedRequired,
        closed: true,
      }),
      [orderCreatedExampleA, orderCreatedExampleB],
    ),
    jsonSchemaVersion(
      '1.1.0',
      eventSchema({
        title: 'OrderCreated',
        description: 'A customer placed an order. 1.1.0 adds the optional shipping address.',
        properties: {
          ...orderCreatedV1Properties,
          shippingAddress: { ...postalAddressSchema, description: 'Where to ship; absent for digital goods.' },
        },
        required: orderCreatedRequired,
        closed: true,
      }),
      [
        {
          ...orderCreatedExampleA,
          shippingAddress: { line1: 'Kastanienallee 12', city: 'Berlin', postalCode: '10435', country: 'DE' },
        },
        orderCreatedExampleB,
      ],
    ),
  ],
};

export const orderCancelled: EventSpec = {
  name: 'OrderCancelled',
  kind: 'event',
  title: 'Order cancelled',
  summary: 'The order will not be fulfilled; any reserved stock or payment must be released.',
  description: `## When it is published
Order Service cancels an order when:
- stock could not be reserved (\`ReserveFailed\`),
- the payment was declined, or
- the customer cancelled before shipping.

## Consumers
Notification Service tells the customer. When \`refundRequired\` is \`true\`, a refund is on its way.`,
  owner: 'team-orders',
  tags: ['orders', 'compensation'],
  status: 'active',
  partitionKey: 'orderId',
  channel: 'orders',
  domain: 'Orders',
  contentType: 'application/json',
  headersSchema: STANDARD_HEADERS_SCHEMA,
  correlationId: HEADER_CORRELATION_ID,
  versions: [
    jsonSchemaVersion(
      '1.0.0',
      eventSchema({
        title: 'OrderCancelled',
        description: 'The order was cancelled.',
        properties: {
          orderId: uuidProperty('The cancelled order.'),
          customerId: customerIdProperty,
          reason: {
            type: 'string',
            enum: ['OUT_OF_STOCK', 'PAYMENT_DECLINED', 'CUSTOMER_REQUEST'],
            description: 'Why the order was cancelled.',
          },
          refundRequired: { type: 'boolean', description: 'Whether money was taken and must go back.' },
          occurredAt: timestampProperty('When the order was cancelled.'),
        },
        required: ['orderId', 'customerId', 'reason', 'refundRequired', 'occurredAt'],
      }),
      [
        {
          orderId: EXAMPLE_ORDER_B,
          customerId: EXAMPLE_CUSTOMER_B,
          reason: 'OUT_OF_STOCK',
          refundRequired: false,
          occurredAt: '2025-03-14T11:02:18.900Z',
        },
      ],
    ),
  ],
};

export const orderCompleted: EventSpec = {
  name: 'OrderCompleted',
  kind: 'event',
  title: 'Order completed',
  summary: 'Stock is reserved and the payment captured: the order can ship.',
  description: `## Status: draft
The contract is still being reviewed with the fulfilment team; expect changes before it goes \`active\`.

## Meaning
- stock is reserved,
- payment is captured (\`paymentId\` references \`PaymentProcessed\`),
- the order moves to state \`READY_TO_SHIP\`.`,
  owner: 'team-orders',
  tags: ['orders', 'fulfilment'],
  status: 'draft',
  partitionKey: 'orderId',
  channel: 'orders',
  domain: 'Orders',
  contentType: 'application/json',
  versions: [
    jsonSchemaVersion(
      '1.0.0',
      eventSchema({
        title: 'OrderCompleted',
        description: 'The order is paid and ready to ship.',
        properties: {
          orderId: uuidProperty('The completed order.'),
          customerId: customerIdProperty,
          paymentId: uuidProperty('The captured payment.'),
          total: moneyProperty('Amount charged.'),
          currency: currencyProperty,
          occurredAt: timestampProperty('When the order completed.'),
        },
        required: ['orderId', 'customerId', 'paymentId', 'total', 'currency', 'occurredAt'],
      }),
      [
        {
          orderId: EXAMPLE_ORDER_A,
          customerId: EXAMPLE_CUSTOMER_A,
          paymentId: EXAMPLE_PAYMENT_A,
          total: 52.3,
          currency: 'EUR',
          occurredAt: '2025-03-14T09:26:58Z',
        },
      ],
    ),
  ],
};
