import { describe, expect, it } from 'vitest';
import { seedSystems } from '../seed';
import { buildSimulationModel } from './build-simulation-model';
import { catalogFromDocument } from './catalog-from-document';
import { runSimulation } from './engine';
import type { ConsumeEdgeMetrics, SimulationResult } from './metrics';
import { seedScenarios } from './scenarios';

function run(slug: string): SimulationResult {
  const system = seedSystems.find((s) => s.slug === slug);
  if (!system) throw new Error(`no seed system ${slug}`);
  const scenario = seedScenarios[slug];
  return runSimulation(buildSimulationModel(catalogFromDocument(system.document), slug, scenario), { traceCap: 0 });
}

const published = (r: SimulationResult, event: string): number => r.nodes.find((n) => n.kind === 'event' && n.name === event)?.out ?? 0;
const consumes = (r: SimulationResult, event: string, consumer: string): ConsumeEdgeMetrics | undefined =>
  r.edges.find((e): e is ConsumeEdgeMetrics => e.kind === 'consumes' && e.event === event && e.consumer === consumer);
const service = (r: SimulationResult, name: string) => r.nodes.find((n) => n.kind === 'service' && n.name === name);

describe('seed scenarios', () => {
  it('has one scenario per seed flow', () => {
    expect(Object.keys(seedScenarios).sort()).toEqual(seedSystems.map((s) => s.slug).sort());
  });

  it.each(seedSystems.map((s) => s.slug))('%s runs clean and deterministically', (slug) => {
    const result = run(slug);
    expect(result.totals.processed).toBeGreaterThan(50);
    expect(result.totals.violations).toBe(0);
    expect(result.truncated).toBe(false);
    expect(JSON.stringify(run(slug))).toBe(JSON.stringify(result));
  });

  it('e-commerce: every order ends completed or cancelled', () => {
    const r = run('ecommerce-order-flow');
    expect(published(r, 'OrderCreated')).toBe(200);
    expect(published(r, 'ReserveFailed')).toBeGreaterThan(10);
    expect(published(r, 'OrderCancelled')).toBe(published(r, 'ReserveFailed'));
    expect(published(r, 'OrderCompleted') + published(r, 'OrderCancelled')).toBe(200);
    expect(consumes(r, 'InventoryReserved', 'Payment Service')?.retries).toBeGreaterThan(0);
    expect(service(r, 'Notification Service')?.in).toBe(200);
  });

  it('order saga: compensation releases inventory and cancels', () => {
    const r = run('order-saga');
    const failedPayments = published(r, 'PaymentFailed');
    expect(failedPayments).toBeGreaterThan(10);
    expect(published(r, 'ReleaseInventory')).toBe(failedPayments);
    expect(published(r, 'InventoryReleased')).toBe(failedPayments);
    expect(published(r, 'OrderCancelled')).toBe(published(r, 'ReserveFailed') + failedPayments);
    expect(published(r, 'OrderCompleted') + published(r, 'OrderCancelled')).toBe(200);
  });

  it('video plays: the user.* subscriber sees all events, duplicates are deduplicated, the outage drains', () => {
    const r = run('video-plays');
    const analytics = service(r, 'Video Analytics');
    expect(analytics?.in).toBe(480);
    expect(consumes(r, 'user.video.paused', 'Recommendations Service')).toBeUndefined();
    const plays = consumes(r, 'user.video.played', 'Video Analytics');
    expect(plays?.deduplicated).toBeGreaterThan(10);
    expect(plays?.delivered).toBe(300 + (plays?.deduplicated ?? 0));
    const recs = service(r, 'Recommendations Service');
    expect(recs?.lag.max).toBeGreaterThan(20);
    expect(recs?.lag.current).toBe(0);
  });

  it('file pipeline: retries recover most failures, the rest are dead-lettered', () => {
    const r = run('file-pipeline');
    const processing = consumes(r, 'file_validated', 'Processor');
    expect(processing?.retries).toBeGreaterThan(10);
    expect((processing?.processed ?? 0) + (processing?.deadLettered ?? 0)).toBe(60);
    expect(published(r, 'file_processed')).toBe(processing?.processed);
  });

  it('banking fan-out: each consumer group receives every transaction', () => {
    const r = run('banking-fanout');
    for (const consumer of ['Fraud Detection', 'Customer Analytics', 'Financial Reporting']) {
      expect(service(r, consumer)?.in).toBe(650);
    }
    expect(service(r, 'Fraud Detection')?.lag.max).toBeGreaterThan(service(r, 'Customer Analytics')?.lag.max ?? 0);
  });
});
