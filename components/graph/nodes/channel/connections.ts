import type { NodeConnections } from '../node-connections';

/** A channel only carries events: it is a target, never a source. */
export const CHANNEL_CONNECTIONS: NodeConnections = { source: [], target: ['event'] };
