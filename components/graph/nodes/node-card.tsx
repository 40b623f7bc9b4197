import { Handle, Position } from '@xyflow/react';
import { useContext, type ReactNode } from 'react';
import type { FlowNodeKind } from '@/lib/domain/model';
import type { NodeConnections } from './node-connections';
import { NodeDetailContext } from './node-detail';

const TONES: Record<FlowNodeKind, { ring: string; badge: string; box: string; label: string }> = {
  service: { ring: 'border-brand-500', badge: 'bg-brand-50 text-brand-700', box: 'bg-brand-100', label: 'Service' },
  event: { ring: 'border-amber-500', badge: 'bg-amber-50 text-amber-800', box: 'bg-amber-100', label: 'Event' },
  channel: { ring: 'border-slate-400', badge: 'bg-slate-100 text-slate-700', box: 'bg-slate-200', label: 'Channel' },
};

/** The shared shell of every node: kind badge, name, a detail line, and the handles its kind allows. Fixed size (NODE_SIZE): geometry is known before drawing. No box-shadow: blurred shadows on a thousand nodes dominate software rasterising while panning. */
export function NodeCard(props: { kind: FlowNodeKind; name: string; detail?: ReactNode; selected: boolean; connections: NodeConnections; connectable: boolean }) {
  const tone = TONES[props.kind];
  const selected = props.selected ? 'ring-2 ring-brand-500 ring-offset-2' : '';
  // Seen from afar (node-detail.ts): the same box in its kind's colours, without text or handles.
  if (useContext(NodeDetailContext) === 'box') return <div className={`h-20 w-48 rounded-lg border-2 ${tone.ring} ${tone.box} ${selected}`} data-kind={props.kind} data-detail="box" />;
  return (
    <div
      className={`h-20 w-48 rounded-lg border-2 bg-white px-3 py-2 ${tone.ring} ${selected}`}
      data-kind={props.kind}
    >
      {props.connections.target.length > 0 && (
        <Handle type="target" position={Position.Left} isConnectable={props.connectable} className="!h-3 !w-3 !border-2 !border-white !bg-slate-500" />
      )}
      <div className="flex items-center gap-1.5">
        <span className={`rounded px-1.5 py-0.5 text-[10px] font-semibold uppercase tracking-wide ${tone.badge}`}>{tone.label}</span>
      </div>
      <div className="mt-1 truncate text-sm font-semibold text-slate-900" title={props.name}>
        {props.name}
      </div>
      {props.detail && <div className="truncate text-xs text-slate-500">{props.detail}</div>}
      {props.connections.source.length > 0 && (
        <Handle type="source" position={Position.Right} isConnectable={props.connectable} className="!h-3 !w-3 !border-2 !border-white !bg-slate-700" />
      )}
    </div>
  );
}
