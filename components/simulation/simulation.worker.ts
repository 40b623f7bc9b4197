/**
 * The simulation's Web Worker: owns one `SimulationDriver` and ticks it, so the
 * engine never blocks the page. Messages in and out are typed in `protocol.ts`.
 */
import type { FromWorker, ToWorker } from './protocol';
import { SimulationDriver } from './simulation-driver';

const TICK_MS = 20;

const scope = self as unknown as {
  postMessage: (message: FromWorker) => void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

let driver: SimulationDriver | null = null;

function fail(error: unknown): void {
  scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}

scope.onmessage = (event) => {
  try {
    const message = event.data;
    if (message.type === 'init' && driver === null) driver = new SimulationDriver(message.setup, scope.postMessage.bind(scope), () => performance.now());
    else driver?.handle(message);
  } catch (error) {
    fail(error);
  }
};

setInterval(() => {
  try {
    driver?.tick();
  } catch (error) {
    fail(error);
  }
}, TICK_MS);
