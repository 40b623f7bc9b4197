import type { NodeTypes } from '@xyflow/react';
import type { FlowNodeKind } from '@/lib/domain/model';
import { ChannelNode } from './channel/channel-node';
import { CHANNEL_CONNECTIONS } from './channel/connections';
import { EVENT_CONNECTIONS } from './event/connections';
import { EventNode } from './event/event-node';
import { SERVICE_CONNECTIONS } from './service/connections';
import { ServiceNode } from './service/service-node';
import type { NodeConnections } from './node-connections';

/** Module-level, so React Flow never sees a new nodeTypes object between renders. */
export const NODE_TYPES = { service: ServiceNode, event: EventNode, channel: ChannelNode } satisfies NodeTypes;

export const NODE_CONNECTIONS: Record<FlowNodeKind, NodeConnections> = { service: SERVICE_CONNECTIONS, event: EVENT_CONNECTIONS, channel: CHANNEL_CONNECTIONS };
