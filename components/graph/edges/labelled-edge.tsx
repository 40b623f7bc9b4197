import { BaseEdge, getBezierPath, useStore, type EdgeProps, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';
import type { FlowCanvasEdge } from '../flow-types';

/** Below this zoom a label is unreadable: drawing (and measuring) 2,000 of them only costs frames. */
export const LABEL_MIN_ZOOM = 0.45;
const labelsReadable = (s: ReactFlowState) => s.transform[2] >= LABEL_MIN_ZOOM;

/** A relation edge ("produces", "consumed by", "on channel") whose label shows only when it can be read. */
export const LabelledEdge = memo(function LabelledEdge(props: EdgeProps<FlowCanvasEdge>) {
  const readable = useStore(labelsReadable);
  const [path, labelX, labelY] = getBezierPath(props);
  return (
    <BaseEdge
      id={props.id}
      path={path}
      style={props.style}
      markerEnd={props.markerEnd}
      interactionWidth={props.interactionWidth}
      label={readable ? props.label : undefined}
      labelX={labelX}
      labelY={labelY}
      labelStyle={props.labelStyle}
      labelShowBg={props.labelShowBg}
      labelBgStyle={props.labelBgStyle}
      labelBgPadding={props.labelBgPadding}
      labelBgBorderRadius={props.labelBgBorderRadius}
    />
  );
});

/** Module-level, so React Flow never sees a new edgeTypes object between renders. */
export const EDGE_TYPES = { relation: LabelledEdge };
