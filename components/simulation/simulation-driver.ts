import { createSimulation, type SimFault, type SimInjection, type Simulation } from '@/lib/domain/simulator';
import type { FromWorker, SimFrame, SimSetup, SimSpeed, ToWorker } from './protocol';
import { RecentCorrelations } from './recent-correlations';
import { anchorFault, modelFor } from './scenario-setup';
import { Timeline } from './timeline';
import { TraceCursor } from './trace-cursor';

/** Records held for animation and causation trees: a whole demo run fits. */
const TRACE_CAP = 20_000;
/** Records a frame carries for animation; more would never be seen moving anyway. */
const RECORDS_PER_FRAME = 48;
const FRAME_EVERY_MS = 100;
/** Real time a `max` tick may spend before yielding to messages. */
const MAX_TICK_BUDGET_MS = 14;
/** A throttled tab must not turn one tick into a huge jump. */
const MAX_REAL_DELTA_MS = 250;

/**
 * Runs one simulation on a real-time clock: play/pause/step/speed/reset,
 * live faults and injections, and frames (snapshot, metrics, new trace records)
 * about ten times a second. Free of Worker APIs so it runs in tests too.
 *
 * A fault added while running is anchored at the next virtual millisecond and
 * the run is rebuilt and replayed to now with it: nothing before that instant changes (the
 * engine is deterministic and faults draw randomness only inside their window),
 * so it acts live, and a later reset with the same seed reproduces it.
 *
 * @example
 * const driver = new SimulationDriver(setup, (m) => postMessage(m), () => performance.now());
 * driver.handle({ type: 'play' });
 * setInterval(() => driver.tick(), 20);
 */
export class SimulationDriver {
  private setup: SimSetup;
  private sim!: Simulation;
  private scenarioName: string | null = null;
  private faults: SimFault[] = [];
  private injections: SimInjection[] = [];
  private playing = false;
  private speed: SimSpeed = 1;
  private lastTickAt: number;
  private lastFrameAt = -Infinity;
  private stepsAtFrame = 0;
  private cursor = new TraceCursor();
  private timeline = new Timeline();
  private recent = new RecentCorrelations(24);
  private stepsPerSecond = 0;

  constructor(
    setup: SimSetup,
    private readonly post: (message: FromWorker) => void,
    private readonly clock: () => number,
  ) {
    this.setup = setup;
    this.lastTickAt = clock();
    this.rebuild(0);
    this.frame();
  }

  handle(message: ToWorker): void {
    switch (message.type) {
      case 'init':
        this.setup = message.setup;
        this.faults = [];
        this.injections = [];
        this.restart();
        break;
      case 'play':
        this.playing = !this.sim.isDone();
        this.lastTickAt = this.clock();
        break;
      case 'pause':
        this.playing = false;
        break;
      case 'step':
        this.playing = false;
        this.sim.step(Math.max(1, message.items));
        break;
      case 'speed':
        this.speed = message.speed;
        break;
      case 'reset':
        this.setup = { ...this.setup, seed: message.seed, scenario: message.scenario, eventsPerProducer: message.eventsPerProducer };
        if (!message.keepFaults) {
          this.faults = [];
          this.injections = [];
        }
        this.restart();
        break;
      case 'fault':
        this.faults.push(anchorFault(message.fault, this.sim.timeMs));
        this.rebuild(this.sim.timeMs);
        break;
      case 'inject': {
        const injection: SimInjection = { atMs: this.sim.timeMs, event: message.event, count: Math.max(1, message.count), intervalMs: 20 };
        this.sim.inject(injection.event, injection);
        this.injections.push(injection);
        break;
      }
      case 'trace':
        this.post({ type: 'trace', correlationId: message.correlationId, roots: this.sim.traceOf(message.correlationId) });
        return;
    }
    this.frame();
  }

  /** Advance by the real time elapsed since the last tick (times the speed); emit a frame when due. */
  tick(): void {
    const now = this.clock();
    const delta = Math.min(MAX_REAL_DELTA_MS, now - this.lastTickAt);
    this.lastTickAt = now;
    if (this.playing) {
      if (this.speed === 'max') {
        const end = now + MAX_TICK_BUDGET_MS;
        while (!this.sim.isDone() && this.clock() < end) this.sim.step(2_000);
      } else this.sim.runUntil(this.sim.timeMs + delta * this.speed);
      if (this.sim.isDone()) {
        this.playing = false;
        this.frame();
        return;
      }
    }
    if (now - this.lastFrameAt >= FRAME_EVERY_MS) this.frame();
  }

  /** Post the current state; trace records gathered since the last frame ride along (capped). */
  frame(): void {
    const now = this.clock();
    const snapshot = this.sim.snapshot();
    const fresh = this.cursor.read(this.sim.traceRecords());
    this.recent.add(fresh);
    const elapsed = now - this.lastFrameAt;
    if (elapsed > 0 && Number.isFinite(elapsed)) this.stepsPerSecond = Math.round(((snapshot.steps - this.stepsAtFrame) / elapsed) * 1000);
    this.stepsAtFrame = snapshot.steps;
    this.lastFrameAt = now;
    this.timeline.add(snapshot.timeMs, snapshot.totals);
    const frame: SimFrame = {
      snapshot,
      result: this.sim.result(),
      records: fresh.slice(-RECORDS_PER_FRAME),
      recordsDropped: Math.max(0, fresh.length - RECORDS_PER_FRAME),
      timeline: this.timeline.points,
      recent: this.recent.list(),
      playing: this.playing,
      done: this.sim.isDone(),
      speed: this.speed,
      seed: this.setup.seed,
      scenarioName: this.scenarioName,
      faults: [...this.faults],
      injections: [...this.injections],
      stepsPerSecond: this.stepsPerSecond,
    };
    this.post({ type: 'frame', frame });
  }

  /** For tests and benchmarks: the simulation being driven. */
  get simulation(): Simulation {
    return this.sim;
  }

  private restart(): void {
    this.playing = false;
    this.cursor = new TraceCursor();
    this.timeline = new Timeline();
    this.recent.clear();
    this.rebuild(0);
  }

  /** A fresh engine for the current inputs, fast-forwarded to `toMs` (the trace cursor stays valid). */
  private rebuild(toMs: number): void {
    const { model, scenarioName } = modelFor(this.setup, this.faults, this.injections);
    this.scenarioName = scenarioName;
    this.sim = createSimulation(model, { traceCap: TRACE_CAP });
    if (toMs > 0) this.sim.runUntil(toMs);
  }
}
