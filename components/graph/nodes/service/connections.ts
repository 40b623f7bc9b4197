import type { NodeConnections } from '../node-connections';

/** A service produces events (out) and consumes events (in); it never links to a service or channel directly. */
export const SERVICE_CONNECTIONS: NodeConnections = { source: ['event'], target: ['event'] };
