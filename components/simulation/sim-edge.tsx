'use client';

import { BaseEdge, EdgeLabelRenderer, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import { memo, useLayoutEffect, useRef } from 'react';
import { compact } from './format';
import type { DotTone } from './graph-index';
import { DOT_MS, type Dot } from './simulation-store';
import { useSimulation } from './use-simulation';

export type SimCanvasEdge = Edge<{ kind: 'produces' | 'consumes' | 'on-channel' }, 'sim'>;

const DOT_FILL: Record<DotTone, string> = { flow: '#2563eb', retry: '#d97706', dlq: '#dc2626', violation: '#dc2626', fault: '#7c3aed' };
const NO_DOTS: Dot[] = [];

/** An edge of the simulation canvas: red when a contract was violated on it, with moving dots for recent hops. */
export const SimEdge = memo(function SimEdge({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition }: EdgeProps<SimCanvasEdge>) {
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const m = useSimulation((s) => s.edgeMetrics[id]);
  const dots = useSimulation((s) => s.dots[id] ?? NO_DOTS);
  const bad = m !== undefined && (m.violations > 0 || m.deadLettered > 0);
  return (
    <>
      <BaseEdge id={id} path={path} style={{ stroke: bad ? '#dc2626' : '#94a3b8', strokeWidth: bad ? 2.5 : 1.5 }} />
      {dots.map((d) => (
        <MovingDot key={d.key} path={path} tone={d.tone} />
      ))}
      {m && m.count > 0 && (
        <EdgeLabelRenderer>
          <div
            className={`nodrag nopan pointer-events-none absolute rounded px-1 text-[10px] font-medium tabular-nums shadow-sm ring-1 ${bad ? 'bg-red-50 text-red-700 ring-red-200' : 'bg-white text-slate-600 ring-slate-200'}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            data-testid="sim-edge-label"
            data-bad={bad ? 'true' : undefined}
          >
            {compact(m.count)}
            {m.retries > 0 && ` · ↻${compact(m.retries)}`}
            {m.deadLettered > 0 && ` · DLQ ${compact(m.deadLettered)}`}
            {m.violations > 0 && ` · ⚠${compact(m.violations)}`}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

/** One hop in flight: an SVG dot moved along the edge path by SMIL, started when it mounts. */
function MovingDot({ path, tone }: { path: string; tone: DotTone }) {
  const motion = useRef<SVGAnimateMotionElement>(null);
  const show = useRef<SVGAnimateElement>(null);
  useLayoutEffect(() => {
    // Inserted animations would otherwise count from the document's start and be over already.
    motion.current?.beginElement();
    show.current?.beginElement();
  }, []);
  return (
    <circle r={tone === 'flow' ? 4 : 5} fill={DOT_FILL[tone]} opacity={0} data-testid="sim-dot" data-tone={tone}>
      <animate ref={show} attributeName="opacity" values="1;1" dur={`${DOT_MS}ms`} begin="indefinite" />
      <animateMotion ref={motion} path={path} dur={`${DOT_MS}ms`} begin="indefinite" fill="freeze" />
    </circle>
  );
}
