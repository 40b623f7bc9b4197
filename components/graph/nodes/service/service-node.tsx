import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowCanvasNode } from '../../flow-types';
import { NodeCard } from '../node-card';
import { SERVICE_CONNECTIONS } from './connections';

/** A service on the canvas: name and owner. */
export const ServiceNode = memo(function ServiceNode({ data, selected, isConnectable }: NodeProps<FlowCanvasNode>) {
  if (data.kind !== 'service') return null;
  return <NodeCard kind="service" name={data.item.name} detail={data.item.owner || 'no owner'} selected={selected} connections={SERVICE_CONNECTIONS} connectable={isConnectable} />;
});
