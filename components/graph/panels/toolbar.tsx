'use client';

import type { ReactNode } from 'react';
import { describeEntry } from '../state/history';
import { useFlowStore } from '../state/flow-store';
import { SearchFocus } from './search-focus';

function Button({ onClick, disabled, title, children, testId }: { onClick: () => void; disabled?: boolean; title?: string; children: ReactNode; testId?: string }) {
  return (
    <button type="button" onClick={onClick} disabled={disabled} title={title} data-testid={testId} className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-50 disabled:opacity-40">
      {children}
    </button>
  );
}

/** Canvas commands: undo/redo, auto-layout, fit, find, add existing, export. */
export function Toolbar(props: { onUndo: () => void; onRedo: () => void; onLayout: () => void; onFit: () => void; onAddExisting: () => void; onExport: (format: 'png' | 'svg') => void }) {
  const canEdit = useFlowStore((s) => s.canEdit);
  const lastDone = useFlowStore((s) => s.history.past[s.history.past.length - 1]);
  const nextRedo = useFlowStore((s) => s.history.future[s.history.future.length - 1]);
  return (
    <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label="Canvas tools">
      {canEdit && (
        <>
          <Button onClick={props.onUndo} disabled={!lastDone} title={lastDone ? `Undo ${describeEntry(lastDone)} (Ctrl+Z)` : 'Nothing to undo'} testId="undo">
            Undo
          </Button>
          <Button onClick={props.onRedo} disabled={!nextRedo} title={nextRedo ? `Redo ${describeEntry(nextRedo)} (Shift+Ctrl+Z)` : 'Nothing to redo'} testId="redo">
            Redo
          </Button>
          <Button onClick={props.onLayout} title="Arrange left to right and save the positions">
            Auto-layout
          </Button>
          <Button onClick={props.onAddExisting}>Add existing</Button>
        </>
      )}
      <Button onClick={props.onFit} title="Zoom to fit every node">
        Fit
      </Button>
      <SearchFocus />
      <span className="ml-auto flex gap-2">
        <Button onClick={() => props.onExport('png')}>Export PNG</Button>
        <Button onClick={() => props.onExport('svg')}>Export SVG</Button>
      </span>
    </div>
  );
}
