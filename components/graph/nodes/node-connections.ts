import type { FlowNodeKind } from '@/lib/domain/model';

/** Which kinds a node's outgoing (source) and incoming (target) handles connect to. */
export interface NodeConnections {
  source: readonly FlowNodeKind[];
  target: readonly FlowNodeKind[];
}
