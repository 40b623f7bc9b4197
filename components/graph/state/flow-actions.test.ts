import { describe, expect, it, vi } from 'vitest';
import type { FlowGraph } from '../flow-types';
import { ApiError, type FlowApi } from '../io/flow-api';
import { flowActions } from './flow-actions';
import { createFlowStore } from './flow-store';
import { serviceNode } from './graph-node.fixture';

const graphOf = (nodes: FlowGraph['nodes']): FlowGraph => ({ flow: { id: 'f1', slug: 'f', name: 'F', description: '', version: 1 } as FlowGraph['flow'], nodes, edges: [], changeCursor: '0' });

/** A fake flow API over an in-memory graph: what the server would answer. */
function fakeApi(start: FlowGraph['nodes']) {
  let nodes = [...start];
  const api = {
    graph: vi.fn(async () => graphOf(nodes)),
    place: vi.fn(async (placed: Array<{ kind: 'service'; refId: string; x: number; y: number }>) => {
      nodes = [...nodes, ...placed.map((p) => serviceNode(p.refId, p.x, p.y))];
      return { added: placed.length };
    }),
    remove: vi.fn(async (refs: Array<{ refId: string }>) => {
      nodes = nodes.filter((n) => !refs.some((r) => r.refId === n.refId));
      return { removed: refs.length };
    }),
    updateItem: vi.fn(),
  };
  return api;
}

function setup() {
  const api = fakeApi([serviceNode('a', 10, 20), serviceNode('b', 300, 40)]);
  const store = createFlowStore({ workspace: 'demo', graph: graphOf([serviceNode('a', 10, 20), serviceNode('b', 300, 40)]), canEdit: true });
  const actions = flowActions(store, api as unknown as FlowApi);
  return { api, store, actions };
}

describe('undo of removals', () => {
  it('a removal from the view is one undo step that puts the node back where it stood, and redo removes it again', async () => {
    const { api, store, actions } = setup();
    await actions.removeNodes(['service:a'], 'view');
    expect(store.getState().nodes.map((n) => n.id)).toEqual(['service:b']);
    await actions.undo();
    expect(api.place).toHaveBeenCalledWith([{ kind: 'service', refId: 'a', x: 10, y: 20 }]);
    expect(store.getState().nodes.find((n) => n.id === 'service:a')?.position).toEqual({ x: 10, y: 20 });
    await actions.redo();
    expect(api.remove).toHaveBeenLastCalledWith([{ kind: 'service', refId: 'a' }], 'view');
    expect(store.getState().nodes.map((n) => n.id)).toEqual(['service:b']);
  });

  it('a catalog delete is not undoable, and forgets the earlier entries naming the deleted item', async () => {
    const { store, actions } = setup();
    await actions.removeNodes(['service:b'], 'view');
    await actions.removeNodes(['service:a'], 'catalog');
    expect(store.getState().history.past.map((e) => e.type)).toEqual(['remove']);
    await actions.undo(); // undoes the view removal of b, not the delete of a
    expect(store.getState().nodes.map((n) => n.id).sort()).toEqual(['service:b']);
    expect(store.getState().history.past).toHaveLength(0);
  });
});

describe('undo of side-panel edits', () => {
  const saved = (version: number, owner: string) => ({ ...serviceNode('a', 0, 0, version).data.item, owner });

  it('restores the previous field values with the version the save produced, and redo re-applies them', async () => {
    const { api, store, actions } = setup();
    actions.recordItemEdit('service:a', { owner: '' }, { owner: 'team-x' }, saved(2, 'team-x'));
    api.updateItem.mockResolvedValueOnce(saved(3, '')).mockResolvedValueOnce(saved(4, 'team-x'));
    await actions.undo();
    expect(api.updateItem).toHaveBeenLastCalledWith('service', 'a', { owner: '', expectedVersion: 2 });
    expect(store.getState().nodes[0]!.data.item).toMatchObject({ owner: '', version: 3 });
    await actions.redo();
    expect(api.updateItem).toHaveBeenLastCalledWith('service', 'a', { owner: 'team-x', expectedVersion: 3 });
    expect(store.getState().nodes[0]!.data.item).toMatchObject({ owner: 'team-x', version: 4 });
  });

  it('a save by someone else in between is a 409: shown as an error, nothing overwritten, the node refreshed', async () => {
    const { api, store, actions } = setup();
    actions.recordItemEdit('service:a', { owner: '' }, { owner: 'team-x' }, saved(2, 'team-x'));
    api.updateItem.mockRejectedValueOnce(new ApiError(409, 'Service "Service a" was changed by someone else', { current: saved(5, 'team-y') }));
    await actions.undo();
    expect(store.getState().notice).toMatchObject({ tone: 'error' });
    expect(store.getState().notice!.text).toContain('changed by someone else');
    expect(store.getState().notice!.text).toContain('version 5');
    expect(api.updateItem).toHaveBeenCalledTimes(1);
    expect(api.graph).toHaveBeenCalled();
    expect(store.getState().history).toEqual({ past: [], future: [] });
  });
});
