'use client';

import { useEffect, useState } from 'react';
import { useFlowStore } from '../state/flow-store';

function ago(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 5) return 'just now';
  if (s < 60) return `${s}s ago`;
  return `${Math.round(s / 60)} min ago`;
}

/** The last thing someone did in this workspace that touches the flow ("Ana moved Order Service"). */
export function ActivityLine() {
  const activity = useFlowStore((s) => s.activity);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 5000);
    return () => clearInterval(timer);
  }, []);
  return (
    <p role="status" aria-live="polite" data-testid="flow-activity" className="truncate text-xs text-slate-600">
      {activity ? (
        <>
          <span className="mr-1 inline-block h-2 w-2 rounded-full bg-emerald-500 align-middle" aria-hidden="true" />
          {activity.text} <span className="text-slate-400">· {ago(now - activity.at)}</span>
        </>
      ) : (
        <span className="text-slate-400">Live: changes by others appear here and on the canvas.</span>
      )}
    </p>
  );
}
