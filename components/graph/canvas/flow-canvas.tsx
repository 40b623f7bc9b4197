'use client';

import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { FlowGraph } from '../flow-types';
import { FlowStoreProvider } from '../state/flow-store';
import { FlowEditor } from './flow-editor';

/**
 * The flow canvas for a page: its own React Flow instance and its own store (history, selection).
 *
 * @example
 * <FlowCanvas workspace="demo" graph={await getFlowGraph(db, actor, 'order-saga')} canEdit me="Ana" />
 */
export function FlowCanvas({ workspace, graph, canEdit, me }: { workspace: string; graph: FlowGraph; canEdit: boolean; me: string }) {
  return (
    <ReactFlowProvider>
      <FlowStoreProvider workspace={workspace} graph={graph} canEdit={canEdit}>
        <FlowEditor me={me} changeCursor={graph.changeCursor} />
      </FlowStoreProvider>
    </ReactFlowProvider>
  );
}
