import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowCanvasNode } from '../../flow-types';
import { NodeCard } from '../node-card';
import { EVENT_CONNECTIONS } from './connections';

/** An event on the canvas: name, status and latest schema version. */
export const EventNode = memo(function EventNode({ data, selected, isConnectable }: NodeProps<FlowCanvasNode>) {
  if (data.kind !== 'event') return null;
  const version = data.item.latestVersion ? `v${data.item.latestVersion}` : 'no schema';
  return <NodeCard kind="event" name={data.item.name} detail={`${data.item.status} · ${version}`} selected={selected} connections={EVENT_CONNECTIONS} connectable={isConnectable} />;
});
