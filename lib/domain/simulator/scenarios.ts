import type { ScenarioSpec } from './scenario-spec';

/**
 * One ready scenario per seed flow (keyed by flow slug), each showing the
 * flow's known behaviour: how it continues (reactions), where it branches,
 * how it compensates, and one fault worth watching.
 *
 * @example
 * const model = buildSimulationModel(catalog, 'order-saga', seedScenarios['order-saga']);
 */
export const seedScenarios: Readonly<Record<string, ScenarioSpec>> = {
  'ecommerce-order-flow': {
    name: 'Orders with 15% stock-outs',
    description:
      'Every order ends completed or cancelled: Inventory reserves 85% of orders, the rest are cancelled; ' +
      'Payment fails transiently 5% of the time and recovers by retrying; Inventory dead-letters payloads that break their contract.',
    seed: 2026,
    producers: [{ service: 'Order Service', event: 'OrderCreated', perSecond: 20, count: 200, arrival: 'poisson' }],
    consumers: [
      // A payload that breaks its contract is parked on the dead-letter topic, not processed.
      { service: 'Inventory Service', latency: { kind: 'lognormal', medianMs: 12, sigma: 0.6 }, onViolation: 'dead-letter' },
      { service: 'Payment Service', failureProbability: 0.05, latency: { kind: 'lognormal', medianMs: 40, sigma: 0.8 } },
    ],
    reactions: [
      {
        on: 'OrderCreated',
        consumer: 'Inventory Service',
        when: { kind: 'probability', p: 0.85 },
        emit: 'InventoryReserved',
        mapping: { orderId: '/orderId', orderTotal: '/total', currency: '/currency' },
        otherwise: { emit: 'ReserveFailed', mapping: { orderId: '/orderId' } },
      },
      { on: 'InventoryReserved', consumer: 'Payment Service', emit: 'PaymentProcessed', mapping: { orderId: '/orderId', amount: '/orderTotal', currency: '/currency' } },
      { on: 'PaymentProcessed', consumer: 'Order Service', emit: 'OrderCompleted', mapping: { orderId: '/orderId', paymentId: '/paymentId', total: '/amount', currency: '/currency' } },
      { on: 'ReserveFailed', consumer: 'Order Service', emit: 'OrderCancelled', mapping: { orderId: '/orderId' } },
    ],
  },
  'video-plays': {
    name: 'Wildcard analytics with redelivered plays',
    description:
      'Video Analytics subscribes to user.* and sees every playback event; Recommendations only plays and completions. ' +
      '10% of plays are delivered twice and deduplicated by eventId; Recommendations is down for 2 s and catches up.',
    seed: 7,
    producers: [
      { service: 'Player Service', event: 'user.video.played', perSecond: 50, count: 300, arrival: 'poisson' },
      { service: 'Player Service', event: 'user.video.paused', perSecond: 20, count: 120, arrival: 'poisson' },
      { service: 'Player Service', event: 'user.video.completed', perSecond: 10, count: 60, arrival: 'poisson' },
    ],
    consumers: [{ service: 'Recommendations Service', latency: { kind: 'exponential', meanMs: 8 } }],
    faults: [
      { kind: 'duplicate', event: 'user.video.played', probability: 0.1 },
      { kind: 'outage', consumer: 'Recommendations Service', fromMs: 1000, toMs: 3000 },
    ],
  },
  'file-pipeline': {
    name: 'Flaky processor',
    description:
      'Each upload is validated then processed; the Processor fails 30% of attempts and retries up to 5 times with ' +
      'exponential backoff, so a few files still end in files.dlq.',
    seed: 11,
    producers: [{ service: 'Uploader', event: 'file_saved', perSecond: 5, count: 60 }],
    consumers: [{ service: 'Processor', failureProbability: 0.3, latency: { kind: 'uniform', minMs: 200, maxMs: 800 } }],
    reactions: [
      { on: 'file_saved', consumer: 'Validator', emit: 'file_validated', mapping: { fileId: '/fileId', objectKey: '/objectKey', contentType: '/contentType' } },
      { on: 'file_validated', consumer: 'Processor', emit: 'file_processed', mapping: { fileId: '/fileId' } },
    ],
  },
  'banking-fanout': {
    name: 'Three channels, three consumers',
    description:
      'ATM, online and branch transactions all land on one topic; each consumer group receives every one, ' +
      'in order per account. Fraud Detection is slower, so it builds lag at peak.',
    seed: 5,
    producers: [
      { service: 'ATM Service', event: 'TransactionPosted', perSecond: 40, count: 200, keyCardinality: 25 },
      { service: 'Online Banking', event: 'TransactionPosted', perSecond: 80, count: 400, keyCardinality: 25 },
      { service: 'Branch System', event: 'TransactionPosted', perSecond: 10, count: 50, keyCardinality: 25 },
    ],
    consumers: [{ service: 'Fraud Detection', latency: { kind: 'lognormal', medianMs: 60, sigma: 0.7 }, concurrency: 4 }],
  },
  'order-saga': {
    name: 'Saga with compensation',
    description:
      'Orders reserve stock (80%) then pay (75%); a payment failure releases the reservation before the order is ' +
      'cancelled. Every order ends completed or cancelled, and every failed payment releases exactly one reservation.',
    seed: 42,
    producers: [{ service: 'Order Service', event: 'OrderCreated', perSecond: 20, count: 200, arrival: 'poisson' }],
    reactions: [
      {
        on: 'OrderCreated',
        consumer: 'Inventory Service',
        when: { kind: 'probability', p: 0.8 },
        emit: 'InventoryReserved',
        mapping: { orderId: '/orderId', orderTotal: '/total', currency: '/currency' },
        otherwise: { emit: 'ReserveFailed', mapping: { orderId: '/orderId' } },
      },
      {
        on: 'InventoryReserved',
        consumer: 'Payment Service',
        when: { kind: 'probability', p: 0.75 },
        emit: 'PaymentProcessed',
        mapping: { orderId: '/orderId', amount: '/orderTotal', currency: '/currency' },
        otherwise: { emit: 'PaymentFailed', mapping: { orderId: '/orderId', reservationId: '/reservationId', amount: '/orderTotal', currency: '/currency' } },
      },
      { on: 'PaymentProcessed', consumer: 'Order Service', emit: 'OrderCompleted', mapping: { orderId: '/orderId', paymentId: '/paymentId', total: '/amount', currency: '/currency' } },
      { on: 'ReserveFailed', consumer: 'Order Service', emit: 'OrderCancelled', mapping: { orderId: '/orderId' } },
      { on: 'PaymentFailed', consumer: 'Order Service', emit: 'ReleaseInventory', mapping: { orderId: '/orderId', reservationId: '/reservationId' } },
      { on: 'ReleaseInventory', consumer: 'Inventory Service', emit: 'InventoryReleased', mapping: { orderId: '/orderId', reservationId: '/reservationId' } },
      { on: 'InventoryReleased', consumer: 'Order Service', emit: 'OrderCancelled', mapping: { orderId: '/orderId' } },
    ],
  },
};
