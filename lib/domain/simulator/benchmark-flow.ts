import { channel, emptyModel, eventType, jsonVersion, rateProducer, subscription } from './model-fixtures';
import type { SimulationModel } from './simulation-model';

export interface BenchmarkFlowOptions {
  seed?: number;
  /** Root events emitted by the entry service. */
  roots?: number;
  /** Root emissions per virtual second. */
  perSecond?: number;
}

const EVENTS = 20;
const CHANNELS = 10;

/**
 * A generated 50-node flow (20 services, 20 events, 10 channels) for the
 * performance benchmark: a 20-step reaction chain where every event also has a
 * side consumer, plus a `*` audit subscriber; ~60 hops per root event, with
 * retries, a DLQ and lognormal latencies so the hot loop does real work.
 *
 * @example
 * const model = benchmarkFlow({ roots: 1000 });
 */
export function benchmarkFlow(options: BenchmarkFlowOptions = {}): SimulationModel {
  const m = emptyModel(options.seed ?? 2026);
  for (let c = 0; c < CHANNELS; c++) m.channels.push(channel(`topic-${c}`, 4 + (c % 5)));
  m.channels.push(channel('dead-letters', 1));
  const properties = {
    id: { type: 'string', minLength: 1 },
    step: { type: 'integer', minimum: 0 },
    amount: { type: 'number', minimum: 0 },
    currency: { type: 'string', enum: ['EUR', 'USD', 'GBP'] },
    tags: { type: 'array', items: { type: 'string' } },
  };
  const examples = [
    { id: 'a-1', step: 0, amount: 12.5, currency: 'EUR', tags: ['x'] },
    { id: 'b-2', step: 0, amount: 99, currency: 'USD', tags: [] },
    { id: 'c-3', step: 0, amount: 3.2, currency: 'GBP', tags: ['y', 'z'] },
  ];
  for (let e = 0; e < EVENTS; e++) {
    m.events.push(eventType(`step${e}.happened`, `topic-${e % CHANNELS}`, [jsonVersion(1, properties, ['id', 'step', 'amount', 'currency'], examples)], 'id'));
  }
  const service = (i: number): string => `service-${i}`;
  m.producers.push(rateProducer(service(0), 'step0.happened', options.perSecond ?? 2000, options.roots ?? 10_000, { keyCardinality: 64 }));
  for (let e = 0; e < EVENTS; e++) {
    const next = e + 1;
    const retry = { maxAttempts: 3, backoffMs: 5, multiplier: 2 };
    if (next < EVENTS) {
      m.subscriptions.push(
        subscription(service(next), `step${e}.happened`, {
          latency: { kind: 'lognormal', medianMs: 2, sigma: 0.4 },
          failureProbability: 0.01,
          retry,
          deadLetterChannel: 'dead-letters',
        }),
      );
      m.reactions.push({ on: `step${e}.happened`, consumer: service(next), emit: `step${next}.happened`, mapping: { id: '/id', step: { const: next } } });
    }
    m.subscriptions.push(subscription(service((e + 7) % EVENTS), `step${e}.happened`, { consumerGroup: `side-${e}`, latency: { kind: 'exponential', meanMs: 1 } }));
  }
  m.subscriptions.push(subscription(service(19), '*', { consumerGroup: 'audit', latency: { kind: 'uniform', minMs: 0.5, maxMs: 1.5 } }));
  return m;
}
