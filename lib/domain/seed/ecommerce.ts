import type { CatalogDocument, ConsumerSpec } from '../catalog-document';
import { STANDARD_RETRY, PATIENT_RETRY, kafkaTopic } from './builders';
import { inventoryReserved, paymentProcessed, reserveFailed } from './ecommerce-fulfilment-events';
import { orderCancelled, orderCompleted, orderCreated } from './ecommerce-order-events';
import { channel, columnLayout, event, service } from './flow-layout';

/** Where the demo's example repositories live; never a real host. */
const REPOSITORY_HOST = 'https://git.example.com/shop';

/** Consumers of the order flow share a dead-letter topic and dedupe by order id. */
function orderFlowConsumer(spec: Omit<ConsumerSpec, 'deadLetterChannel' | 'idempotencyKey'>): ConsumerSpec {
  return { retryPolicy: STANDARD_RETRY, deadLetterChannel: 'orders.dlq', idempotencyKey: '/orderId', ...spec };
}

/**
 * The demo's main system: a choreographed e-commerce order flow on Kafka.
 * Order → Inventory → Payment → Order, with Notification listening to outcomes.
 */
export const ecommerceCatalog: CatalogDocument = {
  domains: [
    { name: 'Orders', description: 'Taking, paying for and fulfilling customer orders.' },
  ],
  services: [
    {
      name: 'Order Service',
      description: 'Owns the order lifecycle: checkout, state machine, completion and cancellation.',
      owner: 'team-orders',
      repositoryUrl: `${REPOSITORY_HOST}/order-service`,
      tags: ['orders', 'kotlin'],
      domain: 'Orders',
    },
    {
      name: 'Payment Service',
      description: 'Captures and refunds payments through the payment provider.',
      owner: 'team-payments',
      repositoryUrl: `${REPOSITORY_HOST}/payment-service`,
      tags: ['payments', 'pci', 'go'],
      domain: 'Orders',
    },
    {
      name: 'Inventory Service',
      description: 'Tracks stock per warehouse and holds reservations for open orders.',
      owner: 'team-inventory',
      repositoryUrl: `${REPOSITORY_HOST}/inventory-service`,
      tags: ['inventory', 'java'],
      domain: 'Orders',
    },
    {
      name: 'Notification Service',
      description: 'Sends customers e-mails and push messages about their orders.',
      owner: 'team-notifications',
      repositoryUrl: `${REPOSITORY_HOST}/notification-service`,
      tags: ['notifications', 'typescript'],
      domain: 'Orders',
    },
  ],
  channels: [
    kafkaTopic('orders', { partitions: 12, retentionHours: 168, description: 'Order lifecycle events, keyed by orderId.' }),
    kafkaTopic('inventory', { partitions: 6, retentionHours: 72, description: 'Stock reservation outcomes, keyed by orderId.' }),
    kafkaTopic('payments', { partitions: 6, retentionHours: 720, description: 'Payment outcomes, kept 30 days for reconciliation.' }),
    kafkaTopic('orders.dlq', {
      partitions: 3,
      retentionHours: 336,
      description: 'Dead letters of the order flow: messages a consumer gave up on after its retries.',
    }),
  ],
  events: [orderCreated, inventoryReserved, reserveFailed, paymentProcessed, orderCompleted, orderCancelled],
  producers: [
    { service: 'Order Service', event: 'OrderCreated', channel: 'orders', operationId: 'publishOrderCreated' },
    { service: 'Inventory Service', event: 'InventoryReserved', channel: 'inventory', operationId: 'publishInventoryReserved' },
    { service: 'Inventory Service', event: 'ReserveFailed', channel: 'inventory', operationId: 'publishReserveFailed' },
    { service: 'Payment Service', event: 'PaymentProcessed', channel: 'payments', operationId: 'publishPaymentProcessed' },
    { service: 'Order Service', event: 'OrderCompleted', channel: 'orders', operationId: 'publishOrderCompleted' },
    { service: 'Order Service', event: 'OrderCancelled', channel: 'orders', operationId: 'publishOrderCancelled' },
  ],
  consumers: [
    orderFlowConsumer({
      service: 'Inventory Service',
      event: 'OrderCreated',
      channel: 'orders',
      consumerGroup: 'inventory-service.orders',
      fieldsRead: ['/orderId', '/items', '/occurredAt'],
      operationId: 'reserveStockForOrder',
    }),
    orderFlowConsumer({
      service: 'Payment Service',
      event: 'InventoryReserved',
      channel: 'inventory',
      consumerGroup: 'payment-service.inventory',
      retryPolicy: PATIENT_RETRY,
      fieldsRead: ['/orderId', '/reservationId', '/orderTotal', '/currency'],
      operationId: 'capturePaymentForReservation',
    }),
    orderFlowConsumer({
      service: 'Order Service',
      event: 'PaymentProcessed',
      channel: 'payments',
      consumerGroup: 'order-service.payments',
      fieldsRead: ['/orderId', '/paymentId', '/amount', '/currency'],
      operationId: 'completePaidOrder',
    }),
    orderFlowConsumer({
      service: 'Order Service',
      event: 'ReserveFailed',
      channel: 'inventory',
      consumerGroup: 'order-service.inventory',
      fieldsRead: ['/orderId', '/reason'],
      operationId: 'cancelUnreservableOrder',
    }),
    orderFlowConsumer({
      service: 'Notification Service',
      event: 'OrderCompleted',
      channel: 'orders',
      consumerGroup: 'notification-service.orders',
      fieldsRead: ['/orderId', '/customerId', '/total', '/currency'],
      operationId: 'notifyOrderCompleted',
    }),
    orderFlowConsumer({
      service: 'Notification Service',
      event: 'OrderCancelled',
      channel: 'orders',
      consumerGroup: 'notification-service.orders',
      fieldsRead: ['/orderId', '/customerId', '/reason', '/refundRequired'],
      operationId: 'notifyOrderCancelled',
    }),
  ],
  flows: [
    {
      name: 'E-commerce order flow',
      slug: 'ecommerce-order-flow',
      description:
        'An order from checkout to completion or cancellation: Order → Inventory → Payment → Order, ' +
        'with Notification Service telling the customer. Failed messages go to orders.dlq.',
      nodes: columnLayout([
        [service('Order Service')],
        [event('OrderCreated'), event('OrderCompleted'), event('OrderCancelled')],
        [channel('orders')],
        [service('Inventory Service'), service('Notification Service')],
        [event('InventoryReserved'), event('ReserveFailed')],
        [channel('inventory')],
        [service('Payment Service')],
        [event('PaymentProcessed')],
        [channel('payments'), channel('orders.dlq')],
      ]),
    },
  ],
};
