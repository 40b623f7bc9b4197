import type { NodeConnections } from '../node-connections';

/** An event is consumed by services and travels on a channel (out); services produce it (in). */
export const EVENT_CONNECTIONS: NodeConnections = { source: ['service', 'channel'], target: ['service'] };
