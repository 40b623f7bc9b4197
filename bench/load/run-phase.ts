/**
 * Runs the traffic mix for a number of seconds: one autocannon instance per request kind
 * (so each kind has its own latency distribution), all at once, sharing the connections.
 */
import autocannon from 'autocannon';
import type { Kind, KindSpec } from './traffic';

export interface KindStats {
  kind: Kind;
  connections: number;
  /** Latencies (ms) of the successful responses (2xx, plus the expected statuses). */
  latencies: number[];
  statuses: Record<number, number>;
  /** Non-2xx responses that are not expected for this kind. */
  unexpected: number;
  socketErrors: number;
  /** What the socket errors were, by error code (ECONNRESET, EPIPE…) or message. */
  socketErrorKinds: Record<string, number>;
  timeouts: number;
  seconds: number;
}

/** The p-th percentile (0–100) of unsorted values, nearest rank. @example percentile([3, 1, 2], 50) // 2 */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Connections per kind: at least one each, the rest by share. @example split(200, specs) */
export function splitConnections(total: number, specs: KindSpec[]): number[] {
  const shares = specs.map((s) => Math.max(1, Math.round(total * s.share)));
  const diff = total - shares.reduce((a, b) => a + b, 0);
  const largest = shares.indexOf(Math.max(...shares));
  shares[largest] = shares[largest]! + diff;
  return shares;
}

/**
 * @example const stats = await runPhase('http://127.0.0.1:3500', specs, 200, 60);
 */
export async function runPhase(baseUrl: string, specs: KindSpec[], totalConnections: number, seconds: number): Promise<KindStats[]> {
  const connections = splitConnections(totalConnections, specs);
  const started = performance.now();
  const runs = specs.map(async (spec, index): Promise<KindStats> => {
    const stats: KindStats = { kind: spec.kind, connections: connections[index]!, latencies: [], statuses: {}, unexpected: 0, socketErrors: 0, socketErrorKinds: {}, timeouts: 0, seconds: 0 };
    const instance = autocannon({
      url: baseUrl,
      connections: stats.connections,
      duration: seconds,
      timeout: 10,
      headers: spec.headers,
      requests: spec.requests,
    });
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
      stats.statuses[status] = (stats.statuses[status] ?? 0) + 1;
      const ok = (status >= 200 && status < 300) || spec.expected.includes(status);
      if (ok) stats.latencies.push(ms);
      else stats.unexpected += 1;
    });
    const result = await instance;
    stats.socketErrors = result.errors - result.timeouts;
    stats.timeouts = result.timeouts;
    stats.seconds = (performance.now() - started) / 1000;
    return stats;
  });
  return Promise.all(runs);
}
