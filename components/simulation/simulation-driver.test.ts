import { describe, expect, it } from 'vitest';
import { seedSystems } from '@/lib/domain/seed';
import { buildSimulationModel, catalogFromDocument, runSimulation, seedScenarios } from '@/lib/domain/simulator';
import type { FromWorker, SimFrame, SimSetup } from './protocol';
import { SimulationDriver } from './simulation-driver';

const SLUG = 'ecommerce-order-flow';
const catalog = catalogFromDocument(seedSystems.find((s) => s.slug === SLUG)!.document);
const setup = (over: Partial<SimSetup> = {}): SimSetup => ({ catalog, flowSlug: SLUG, scenario: 'ready', seed: 2026, eventsPerProducer: null, ...over });

/** A driver on a fake clock that the test moves by hand. */
function harness(s: SimSetup = setup()) {
  let now = 0;
  const frames: SimFrame[] = [];
  const traces: FromWorker[] = [];
  const driver = new SimulationDriver(s, (m) => (m.type === 'frame' ? frames.push(m.frame) : traces.push(m)), () => now);
  const advance = (ms: number, tickMs = 20) => {
    for (let t = 0; t < ms; t += tickMs) {
      now += tickMs;
      driver.tick();
    }
  };
  return { driver, frames, traces, advance, last: () => frames[frames.length - 1]! };
}

describe('SimulationDriver', () => {
  it('plays in virtual time at the chosen speed and posts frames about ten times a second', () => {
    const h = harness();
    h.driver.handle({ type: 'play' });
    const before = h.frames.length;
    h.advance(1000);
    expect(h.last().snapshot.timeMs).toBeCloseTo(1000, -1);
    expect(h.frames.length - before).toBeGreaterThanOrEqual(9);
    expect(h.frames.length - before).toBeLessThanOrEqual(12);
    h.driver.handle({ type: 'speed', speed: 5 });
    h.advance(1000);
    expect(h.last().snapshot.timeMs).toBeCloseTo(6000, -1);
    expect(h.last().snapshot.totals.processed).toBeGreaterThan(0);
  });

  it('runs to the same result as the engine alone, however it is chunked (same seed, same run)', () => {
    const reference = runSimulation(buildSimulationModel(catalog, SLUG, seedScenarios[SLUG]), { traceCap: 0 });
    const h = harness();
    h.driver.handle({ type: 'speed', speed: 20 });
    h.driver.handle({ type: 'play' });
    h.advance(5_000, 37);
    expect(h.last().done).toBe(true);
    expect(h.last().result.totals).toEqual(reference.totals);
    const stepped = harness();
    for (let i = 0; i < 50; i++) stepped.driver.handle({ type: 'step', items: 7 });
    stepped.driver.handle({ type: 'speed', speed: 'max' });
    stepped.driver.handle({ type: 'play' });
    stepped.advance(2_000);
    expect(stepped.last().result.totals).toEqual(reference.totals);
  });

  it('carries each trace record to one frame only, capped per frame', () => {
    const h = harness();
    h.driver.handle({ type: 'play' });
    h.advance(3000);
    const seen = h.frames.flatMap((f) => f.records.map((r) => `${r.eventId}|${r.kind}|${r.service}|${r.timeMs}|${r.attempt}`));
    expect(seen.length).toBeGreaterThan(100);
    expect(new Set(seen).size).toBe(seen.length);
    expect(Math.max(...h.frames.map((f) => f.records.length))).toBeLessThanOrEqual(48);
  });

  it('a live fault changes nothing before it and is reproduced by a reset with the same seed', () => {
    const h = harness();
    h.driver.handle({ type: 'play' });
    h.advance(2000);
    const before = h.last().result.totals;
    h.driver.handle({ type: 'fault', fault: { kind: 'malformed', event: 'OrderCreated', probability: 1 } });
    expect(h.last().result.totals).toEqual(before);
    expect(h.last().faults).toEqual([{ kind: 'malformed', event: 'OrderCreated', fromMs: expect.any(Number), probability: 1 }]);
    h.driver.handle({ type: 'speed', speed: 'max' });
    h.advance(2000);
    const live = h.last().result.totals;
    expect(live.violations).toBeGreaterThan(0);
    h.driver.handle({ type: 'reset', seed: 2026, scenario: 'ready', eventsPerProducer: null, keepFaults: true });
    expect(h.last().snapshot.timeMs).toBe(0);
    h.driver.handle({ type: 'play' });
    h.advance(2000);
    expect(h.last().result.totals).toEqual(live);
  });

  it('an outage window holds the consumer back: lag builds, then drains', () => {
    const h = harness();
    h.driver.handle({ type: 'play' });
    h.advance(500);
    h.driver.handle({ type: 'fault', fault: { kind: 'outage', consumer: 'Inventory Service', durationMs: 2000 } });
    h.advance(1500);
    const lag = h.last().result.nodes.find((n) => n.kind === 'service' && n.name === 'Inventory Service')!.lag;
    expect(lag.current).toBeGreaterThan(10);
    h.driver.handle({ type: 'speed', speed: 'max' });
    h.advance(2000);
    expect(h.last().done).toBe(true);
    expect(h.last().result.nodes.find((n) => n.name === 'Inventory Service')!.lag.current).toBe(0);
  });

  it('a different seed gives a different run; events per producer sets the volume', () => {
    const run = (s: Partial<SimSetup>) => {
      const h = harness(setup(s));
      h.driver.handle({ type: 'speed', speed: 'max' });
      h.driver.handle({ type: 'play' });
      h.advance(2000);
      return h.last().result;
    };
    expect(run({ seed: 1 }).endTimeMs).not.toBe(run({ seed: 2 }).endTimeMs);
    const small = run({ eventsPerProducer: 30 });
    expect(small.nodes.find((n) => n.kind === 'event' && n.name === 'OrderCreated')!.out).toBe(30);
  });

  it('answers a trace request with the causation tree of a recent correlation id', () => {
    const h = harness();
    h.driver.handle({ type: 'speed', speed: 'max' });
    h.driver.handle({ type: 'play' });
    h.advance(2000);
    const pick = h.last().recent.find((c) => c.type === 'OrderCreated');
    expect(pick).toBeDefined();
    h.driver.handle({ type: 'trace', correlationId: pick!.correlationId });
    const reply = h.traces[h.traces.length - 1];
    expect(reply?.type).toBe('trace');
    if (reply?.type !== 'trace') return;
    expect(reply.roots[0]?.envelope.type).toBe('OrderCreated');
    expect(reply.roots[0]?.children.length).toBeGreaterThan(0);
    expect(reply.roots[0]?.children[0]?.envelope.causationid).toBe(reply.roots[0]?.envelope.id);
  });

  it('a live injection emits extra events now', () => {
    const h = harness();
    h.driver.handle({ type: 'speed', speed: 'max' });
    h.driver.handle({ type: 'play' });
    h.advance(2000);
    const events = h.last().result.totals.events;
    h.driver.handle({ type: 'inject', event: 'OrderCreated', count: 5 });
    h.driver.handle({ type: 'play' });
    h.advance(500);
    expect(h.last().result.nodes.find((n) => n.kind === 'event' && n.name === 'OrderCreated')!.out).toBe(205);
    expect(h.last().result.totals.events).toBeGreaterThan(events + 5);
  });
});
