/**
 * Paced clients: each connection is a client that waits a random think time (exponential,
 * so arrivals are smooth, not bursts on the second) between its requests, so a kind's
 * connections together offer about `overallRate` requests/s. A slow server gets fewer
 * requests instead of an ever-growing queue, and p95 measures service, not backlog.
 * (autocannon's own rate limit fires every connection's quota at the start of each second.)
 */
import http from 'node:http';
import type { KindStats } from './run-phase';
import { splitConnections } from './run-phase';
import type { AutocannonRequest, KindSpec } from './traffic';

interface Sent {
  status: number;
  body: string;
}

function send(agent: http.Agent, base: URL, request: AutocannonRequest, headers: Record<string, string>, timeoutMs: number): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { agent, host: base.hostname, port: base.port, method: request.method ?? 'GET', path: request.path, headers: { ...headers, ...request.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(request.body);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A think time cut off at the phase's end: a client must not sleep past it, or the phase (and
 * every per-second rate divided by its length) runs on for as long as the longest think time.
 */
function sleepUntilAtMost(ms: number, deadline: number): Promise<unknown> {
  return sleep(Math.max(0, Math.min(ms, deadline - performance.now())));
}

/**
 * @example const stats = await runPacedPhase('http://127.0.0.1:3500', paced(mix, rates), 200, 60);
 */
export async function runPacedPhase(baseUrl: string, specs: KindSpec[], totalConnections: number, seconds: number, timeoutMs = 10_000): Promise<KindStats[]> {
  const base = new URL(baseUrl);
  const connections = splitConnections(totalConnections, specs);
  const started = performance.now();
  const deadline = started + seconds * 1000;
  return Promise.all(
    specs.map(async (spec, index) => {
      const count = connections[index]!;
      const stats: KindStats = { kind: spec.kind, connections: count, latencies: [], statuses: {}, unexpected: 0, socketErrors: 0, socketErrorKinds: {}, timeouts: 0, seconds: 0 };
      const agent = new http.Agent({ keepAlive: true, maxSockets: count });
      const meanThinkMs = spec.overallRate ? (count / spec.overallRate) * 1000 : 0;
      const template = spec.requests[0]!;
      const client = async () => {
        // Start spread over one think time, so the clients do not all fire at once.
        await sleepUntilAtMost(Math.random() * meanThinkMs, deadline);
        while (performance.now() < deadline) {
          const context = {};
          const request = template.setupRequest ? template.setupRequest({ ...template }, context) : template;
          const sentAt = performance.now();
          try {
            const { status, body } = await send(agent, base, request, spec.headers, timeoutMs);
            stats.statuses[status] = (stats.statuses[status] ?? 0) + 1;
            if ((status >= 200 && status < 300) || spec.expected.includes(status)) stats.latencies.push(performance.now() - sentAt);
            else stats.unexpected += 1;
            template.onResponse?.(status, body, context);
          } catch (error) {
            if ((error as Error).message === 'timeout') stats.timeouts += 1;
            else {
              stats.socketErrors += 1;
              const name = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
              stats.socketErrorKinds[name] = (stats.socketErrorKinds[name] ?? 0) + 1;
            }
            // No onResponse: like autocannon, an unanswered publish stays in the ledger as unanswered.
          }
          if (meanThinkMs > 0) await sleepUntilAtMost(-Math.log(1 - Math.random()) * meanThinkMs, deadline);
        }
      };
      await Promise.all(Array.from({ length: count }, client));
      agent.destroy();
      stats.seconds = (performance.now() - started) / 1000;
      return stats;
    }),
  );
}
