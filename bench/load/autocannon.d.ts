// The slice of autocannon 9's programmatic API the load test uses (the package ships no types).
declare module 'autocannon' {
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    /** Stop after this many requests instead of after `duration`. */
    amount?: number;
    /** Requests per second per connection (a paced client), or over all connections. */
    connectionRate?: number;
    overallRate?: number;
    timeout?: number;
    headers?: Record<string, string>;
    requests?: unknown[];
  }
  interface Result {
    errors: number;
    timeouts: number;
    non2xx: number;
    requests: { total: number; average: number };
    latency: { p50: number; p97_5: number; p99: number };
  }
  interface Instance extends PromiseLike<Result> {
    on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
    stop(): void;
  }
  function autocannon(options: Options): Instance;
  export default autocannon;
}
