'use client';

import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { ReactNode } from 'react';
import type { FlowGraph } from '../flow-types';
import { FlowStoreProvider } from '../state/flow-store';
import { FlowEditor } from './flow-editor';

/**
 * The flow canvas for a page: its own React Flow instance and its own store (history, selection).
 * The page's header goes inside the store, so what it shows (e.g. <FlowCounts />) follows the canvas.
 *
 * @example
 * <FlowCanvas workspace="demo" graph={await getFlowGraph(db, actor, 'order-saga')} canEdit me="Ana" header={<h1>Order saga</h1>} />
 */
export function FlowCanvas({ workspace, graph, canEdit, me, header }: { workspace: string; graph: FlowGraph; canEdit: boolean; me: string; header?: ReactNode }) {
  return (
    <ReactFlowProvider>
      <FlowStoreProvider workspace={workspace} graph={graph} canEdit={canEdit}>
        {header}
        <div className="min-h-0 flex-1">
          <FlowEditor me={me} changeCursor={graph.changeCursor} />
        </div>
      </FlowStoreProvider>
    </ReactFlowProvider>
  );
}
