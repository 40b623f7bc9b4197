import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPacedPhase } from './paced-phase';
import type { KindSpec } from './traffic';

describe('runPacedPhase', () => {
  let server: http.Server;
  let baseUrl: string;
  beforeAll(async () => {
    server = http.createServer((_, res) => res.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const spec = (overallRate: number): KindSpec => ({ kind: 'event-json', share: 1, headers: {}, requests: [{ method: 'GET', path: '/' }], expected: [], overallRate });

  it('ends at its deadline even when the clients think for far longer', async () => {
    // 4 clients offering 0.2 requests/s together: a mean think time of 20 s, against a 0.4 s phase.
    const started = performance.now();
    const [stats] = await runPacedPhase(baseUrl, [spec(0.2)], 4, 0.4);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(stats!.seconds).toBeLessThan(1.5);
  });

  it('offers about the requested rate while it runs', async () => {
    const [stats] = await runPacedPhase(baseUrl, [spec(200)], 4, 1);
    const sent = stats!.latencies.length;
    expect(stats!.unexpected + stats!.socketErrors + stats!.timeouts).toBe(0);
    expect(sent).toBeGreaterThan(100);
    expect(sent).toBeLessThan(320);
  });
});
