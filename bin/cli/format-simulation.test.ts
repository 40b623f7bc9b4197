import { describe, expect, it } from 'vitest';
import type { SimulationRun } from '@/lib/server/simulation/run-simulation';
import { formatSimulation } from './format-simulation';

const latency = { p50: 12.5, p99: 80, mean: 20, max: 95 };
const lag = { current: 0, max: 4 };

/** A small fixed run: one producer, one consumer route with a violation, three nodes. */
const run: SimulationRun = {
  flow: { slug: 'orders', name: 'Orders' },
  scenario: 'Busy day',
  result: {
    seed: 42,
    endTimeMs: 2500,
    steps: 120,
    truncated: true,
    totals: { events: 10, deliveries: 10, processed: 9, retries: 2, deadLettered: 1, dropped: 0, deduplicated: 0, violations: 1 },
    edges: [
      { kind: 'produces', producer: 'Shop', event: 'OrderPlaced', version: '2', emitted: 10, throughput: 4 },
      {
        kind: 'consumes', event: 'OrderPlaced', consumer: 'Billing', consumerGroup: 'billing.orders', channel: 'orders', pinnedVersion: '1',
        delivered: 10, processed: 9, throughput: 3.6, latencyMs: latency, failures: 2, retries: 2, deadLettered: 1, dropped: 0,
        deduplicated: 0, violations: 1, firstViolation: 'missing total', lag,
      },
    ],
    nodes: [
      { kind: 'service', name: 'Billing', out: 0, in: 9, throughput: 3.6, latencyMs: latency, retries: 2, deadLettered: 1, violations: 1, lag },
      { kind: 'channel', name: 'orders', out: 10, in: 10, throughput: 4, latencyMs: null, retries: 0, deadLettered: 1, violations: 1, lag },
    ],
    faultsApplied: [{ kind: 'malformed', applied: 1 }, { kind: 'duplicate', applied: 0 }],
    violationSamples: [{ timeMs: 1200, eventId: 'evt-7', type: 'OrderPlaced', consumer: 'Billing', detail: '/total is required' }],
  },
};

describe('formatSimulation', () => {
  it('prints producers, consumer routes and nodes as aligned tables, then totals and violation samples', () => {
    expect(formatSimulation(run)).toBe(
      [
        'Simulated flow orders ("Orders", scenario "Busy day"): seed 42, 2.5 s virtual, 120 steps (stopped at the event limit).',
        '',
        'Producers:',
        '  PRODUCER  EVENT        VERSION  EMITTED  PER SEC',
        '  Shop      OrderPlaced  2        10       4',
        '',
        'Consumers:',
        '  EVENT        CONSUMER  GROUP           PROCESSED  PER SEC  P50 MS  P99 MS  RETRIES  DLQ  LAG MAX  VIOLATIONS',
        '  OrderPlaced  Billing   billing.orders  9          3.6      12.5    80      2        1    4        1',
        '',
        'Nodes:',
        '  KIND     NAME     IN  OUT  PER SEC  P50 MS  P99 MS  RETRIES  DLQ  LAG MAX  VIOLATIONS',
        '  service  Billing  9   0    3.6      12.5    80      2        1    4        1',
        '  channel  orders   10  10   4        -       -       0        1    4        1',
        '',
        'Totals: 10 events, 10 deliveries, 9 processed, 2 retries, 1 dead-lettered, 0 dropped, 0 deduplicated, 1 contract violation.',
        'Faults applied: malformed ×1.',
        '',
        'Contract violations (first samples):',
        '  at 1.2 s: OrderPlaced evt-7 → Billing: /total is required',
        '',
      ].join('\n'),
    );
  });
});
