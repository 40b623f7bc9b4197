import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowCanvasNode } from '../../flow-types';
import { NodeCard } from '../node-card';
import { CHANNEL_CONNECTIONS } from './connections';

/** A channel on the canvas: name, protocol and address. */
export const ChannelNode = memo(function ChannelNode({ data, selected, isConnectable }: NodeProps<FlowCanvasNode>) {
  if (data.kind !== 'channel') return null;
  return <NodeCard kind="channel" name={data.item.name} detail={`${data.item.protocol} · ${data.item.address}`} selected={selected} connections={CHANNEL_CONNECTIONS} connectable={isConnectable} />;
});
