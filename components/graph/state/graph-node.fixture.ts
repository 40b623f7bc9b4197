import type { FlowGraphNode } from '../flow-types';

/** A graph node for a service, as the server sends it. */
export function serviceNode(id: string, x: number, y: number, version = 1): FlowGraphNode {
  return {
    kind: 'service',
    refId: id,
    x,
    y,
    data: { kind: 'service', item: { id, name: `Service ${id}`, description: '', owner: '', repositoryUrl: null, tags: [], domainId: null, extras: {}, version } },
  };
}
