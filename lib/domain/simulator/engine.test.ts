import { describe, expect, it } from 'vitest';
import { createSimulation, runSimulation } from './engine';
import type { ConsumeEdgeMetrics, SimulationResult } from './metrics';
import { channel, emptyModel, eventType, jsonVersion, rateProducer, subscription } from './model-fixtures';
import type { SimulationModel } from './simulation-model';

function consumeEdge(result: SimulationResult, event: string, consumer: string): ConsumeEdgeMetrics {
  const edge = result.edges.find((e): e is ConsumeEdgeMetrics => e.kind === 'consumes' && e.event === event && e.consumer === consumer);
  if (!edge) throw new Error(`no edge ${event} → ${consumer}`);
  return edge;
}

function orderingModel(outOfOrder: boolean): SimulationModel {
  const m = emptyModel(11);
  m.channels.push(channel('orders', 3));
  m.events.push(eventType('OrderUpdated', 'orders', [jsonVersion(1, { orderId: { type: 'string' } }, ['orderId'], [{ orderId: 'x' }])], 'orderId'));
  m.producers.push(rateProducer('Order Service', 'OrderUpdated', 100, 90, { keyCardinality: 4 }));
  m.subscriptions.push(subscription('Shipping', 'OrderUpdated', { latency: { kind: 'uniform', minMs: 1, maxMs: 25 } }));
  if (outOfOrder) m.faults.push({ kind: 'out-of-order', event: 'OrderUpdated', probability: 0.5, maxDelayMs: 80 });
  return m;
}

/** Per partition key, the emit sequence numbers in the order the consumer processed them. */
function processedSequencesByKey(model: SimulationModel): Map<string, number[]> {
  const sim = createSimulation(model, { traceCap: 100_000 });
  sim.run();
  const keyOf = new Map<string, string>();
  const byKey = new Map<string, number[]>();
  for (const r of sim.traceRecords()) {
    if (r.kind === 'publish') {
      const env = sim.traceOf(r.eventId)[0]?.envelope;
      keyOf.set(r.eventId, env?.partitionkey ?? '?');
    }
    if (r.kind !== 'processed') continue;
    const key = keyOf.get(r.eventId) ?? '?';
    byKey.set(key, [...(byKey.get(key) ?? []), Number(r.eventId.slice(4))]);
  }
  return byKey;
}

const isSorted = (xs: number[]): boolean => xs.every((x, i) => i === 0 || (xs[i - 1] as number) < x);

describe('ordering per partition key', () => {
  it('delivers events with the same key in emit order', () => {
    const byKey = processedSequencesByKey(orderingModel(false));
    expect(byKey.size).toBe(4);
    for (const seqs of byKey.values()) {
      expect(seqs.length).toBeGreaterThan(10);
      expect(isSorted(seqs)).toBe(true);
    }
  });

  it('the out-of-order fault breaks per-key order', () => {
    const byKey = processedSequencesByKey(orderingModel(true));
    const unordered = [...byKey.values()].filter((s) => !isSorted(s));
    expect(unordered.length).toBeGreaterThan(0);
    expect([...byKey.values()].flat()).toHaveLength(90);
  });
});

describe('retries and dead letters', () => {
  it('tries maxAttempts times with backoff, then dead-letters once', () => {
    const m = emptyModel(3);
    m.channels.push(channel('payments'), channel('payments.dlq'));
    m.events.push(eventType('PaymentRequested', 'payments', [jsonVersion(1, { id: { type: 'string' } }, ['id'], [{ id: 'p-1' }])]));
    m.subscriptions.push(
      subscription('Payment Service', 'PaymentRequested', {
        failureProbability: 1,
        retry: { maxAttempts: 4, backoffMs: 100, multiplier: 2 },
        deadLetterChannel: 'payments.dlq',
        latency: { kind: 'constant', ms: 10 },
      }),
    );
    m.injections.push({ atMs: 0, event: 'PaymentRequested' });
    const sim = createSimulation(m);
    const result = sim.run();
    const edge = consumeEdge(result, 'PaymentRequested', 'Payment Service');
    expect(edge).toMatchObject({ delivered: 1, processed: 0, failures: 4, retries: 3, deadLettered: 1 });
    expect(result.nodes.find((n) => n.kind === 'channel' && n.name === 'payments.dlq')?.out).toBe(1);
    // 4 attempts × 10 ms + backoff 100 + 200 + 400
    expect(result.endTimeMs).toBe(740);
    expect(sim.traceRecords().filter((r) => r.kind === 'retry').map((r) => r.attempt)).toEqual([1, 2, 3]);
  });

  it('drops the message when no dead-letter channel is configured', () => {
    const m = emptyModel(3);
    m.channels.push(channel('payments'));
    m.events.push(eventType('PaymentRequested', 'payments', [jsonVersion(1, {}, [], [{}])]));
    m.subscriptions.push(subscription('Payment Service', 'PaymentRequested', { failureProbability: 1, retry: { maxAttempts: 2, backoffMs: 5, multiplier: 1 } }));
    m.injections.push({ atMs: 0, event: 'PaymentRequested', count: 3, intervalMs: 1 });
    const edge = consumeEdge(runSimulation(m), 'PaymentRequested', 'Payment Service');
    expect(edge).toMatchObject({ failures: 6, retries: 3, deadLettered: 0, dropped: 3 });
  });
});

describe('idempotency', () => {
  function duplicated(idempotent: boolean): ConsumeEdgeMetrics {
    const m = emptyModel(5);
    m.channels.push(channel('invoices', 2));
    m.events.push(eventType('InvoiceIssued', 'invoices', [jsonVersion(1, { invoiceId: { type: 'string' } }, ['invoiceId'], [{ invoiceId: 'inv-1' }])], 'invoiceId'));
    m.subscriptions.push(subscription('Ledger', 'InvoiceIssued', { idempotency: { enabled: idempotent, key: '/invoiceId' } }));
    m.faults.push({ kind: 'duplicate', event: 'InvoiceIssued' });
    m.injections.push({ atMs: 0, event: 'InvoiceIssued' });
    return consumeEdge(runSimulation(m), 'InvoiceIssued', 'Ledger');
  }

  it('processes a duplicated event once when the consumer dedupes by key', () => {
    expect(duplicated(true)).toMatchObject({ delivered: 2, processed: 1, deduplicated: 1 });
  });

  it('processes it twice when idempotency is off', () => {
    expect(duplicated(false)).toMatchObject({ delivered: 2, processed: 2, deduplicated: 0 });
  });
});

describe('wildcard subscriptions', () => {
  it('`user.*` receives every user event and nothing else', () => {
    const m = emptyModel(9);
    m.channels.push(channel('users', 2), channel('orders', 2));
    const v = [jsonVersion(1, { id: { type: 'string' } }, ['id'], [{ id: 'u-1' }, { id: 'u-2' }])];
    m.events.push(eventType('user.signed-up', 'users', v, 'id'), eventType('user.deleted', 'users', v, 'id'), eventType('order.placed', 'orders', v, 'id'));
    m.producers.push(
      rateProducer('Accounts', 'user.signed-up', 10, 7),
      rateProducer('Accounts', 'user.deleted', 10, 3),
      rateProducer('Shop', 'order.placed', 10, 5),
    );
    m.subscriptions.push(subscription('Analytics', 'user.*'));
    const result = runSimulation(m);
    expect(consumeEdge(result, 'user.signed-up', 'Analytics').processed).toBe(7);
    expect(consumeEdge(result, 'user.deleted', 'Analytics').processed).toBe(3);
    expect(result.edges.some((e) => e.kind === 'consumes' && e.event === 'order.placed')).toBe(false);
    expect(result.nodes.find((n) => n.name === 'Analytics')?.in).toBe(10);
  });
});

describe('consumer outage', () => {
  it('builds lag during the window and drains it afterwards', () => {
    const m = emptyModel(21);
    m.channels.push(channel('clicks', 4));
    m.events.push(eventType('Clicked', 'clicks', [jsonVersion(1, { id: { type: 'string' } }, ['id'])], 'id'));
    m.producers.push(rateProducer('Web', 'Clicked', 100, 500));
    m.subscriptions.push(subscription('Counter', 'Clicked', { latency: { kind: 'constant', ms: 2 } }));
    m.faults.push({ kind: 'outage', consumer: 'Counter', fromMs: 1000, toMs: 2000 });
    const sim = createSimulation(m, { traceCap: 0 });
    sim.runUntil(999);
    const before = sim.result();
    sim.runUntil(1999);
    const during = sim.result();
    const lagDuring = consumeEdge(during, 'Clicked', 'Counter').lag.current;
    expect(consumeEdge(before, 'Clicked', 'Counter').lag.current).toBeLessThan(5);
    expect(lagDuring).toBeGreaterThan(90);
    expect(consumeEdge(during, 'Clicked', 'Counter').processed).toBe(consumeEdge(before, 'Clicked', 'Counter').processed);
    const end = sim.run();
    const edge = consumeEdge(end, 'Clicked', 'Counter');
    expect(edge).toMatchObject({ processed: 500, lag: { current: 0, max: edge.lag.max } });
    expect(edge.lag.max).toBeGreaterThanOrEqual(lagDuring);
    expect(edge.latencyMs.max).toBeGreaterThan(900);
  });
});

describe('stepping, progress and limits', () => {
  function loopModel(maxEvents: number): SimulationModel {
    const m = emptyModel(2);
    m.channels.push(channel('ping'));
    m.events.push(eventType('Ping', 'ping', [jsonVersion(1, {}, [], [{}])]), eventType('Pong', 'ping', [jsonVersion(1, {}, [], [{}])]));
    m.subscriptions.push(subscription('A', 'Ping'), subscription('B', 'Pong'));
    m.reactions.push({ on: 'Ping', consumer: 'A', emit: 'Pong' }, { on: 'Pong', consumer: 'B', emit: 'Ping' });
    m.injections.push({ atMs: 0, event: 'Ping' });
    m.limits.maxEvents = maxEvents;
    return m;
  }

  it('stops a reaction loop at maxEvents and says so', () => {
    const result = runSimulation(loopModel(50));
    expect(result.truncated).toBe(true);
    expect(result.totals.processed).toBe(50);
  });

  it('steps, reports progress and stops at untilMs', () => {
    const m = loopModel(1_000_000);
    m.limits.untilMs = 100;
    const snapshots: number[] = [];
    const sim = createSimulation(m, { onProgress: (s) => snapshots.push(s.progress), progressEvery: 20 });
    expect(sim.step(3)).toBe(3);
    expect(sim.snapshot().steps).toBe(3);
    const result = sim.run();
    expect(result.endTimeMs).toBeLessThanOrEqual(100);
    expect(result.totals.processed).toBeGreaterThan(90);
    expect(snapshots.length).toBeGreaterThan(3);
    expect(snapshots.at(-1)).toBe(1);
    expect(snapshots).toEqual([...snapshots].sort((a, b) => a - b));
  });
});
