'use client';

import { useConnection } from '@xyflow/react';
import { connectionRule } from '@/lib/domain/graph/connection-rules';
import { refOf } from '../flow-types';

/**
 * Why the connection being drawn would be refused, while hovering the target,
 * so the reason shows before the mouse is released.
 */
export function ConnectionHint() {
  const reason = useConnection((c) => {
    if (!c.inProgress || !c.toNode || c.isValid !== false) return null;
    const from = refOf(c.fromNode.id).kind;
    const to = refOf(c.toNode.id).kind;
    // The user may have started from an incoming handle: the rule reads source → target.
    const verdict = c.fromHandle.type === 'source' ? connectionRule(from, to) : connectionRule(to, from);
    return verdict.allowed ? 'Connect an outgoing handle (right) to an incoming one (left).' : verdict.reason;
  });
  if (!reason) return null;
  return (
    <div role="status" data-testid="connection-hint" className="pointer-events-none rounded-md bg-amber-50 px-3 py-1.5 text-sm text-amber-900 shadow ring-1 ring-amber-200">
      {reason}
    </div>
  );
}
