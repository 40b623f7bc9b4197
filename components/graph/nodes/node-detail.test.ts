import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NodeCard } from './node-card';
import { BOX_BELOW_ZOOM, NodeDetailContext, nodeDetailAt } from './node-detail';
import { SERVICE_CONNECTIONS } from './service/connections';

describe('nodeDetailAt', () => {
  it('draws boxes only for a large flow seen from afar, and never in an export', () => {
    expect(nodeDetailAt({ zoom: BOX_BELOW_ZOOM / 2, large: true, exporting: false })).toBe('box');
    expect(nodeDetailAt({ zoom: BOX_BELOW_ZOOM, large: true, exporting: false })).toBe('card');
    expect(nodeDetailAt({ zoom: 0.1, large: false, exporting: false })).toBe('card');
    expect(nodeDetailAt({ zoom: 0.1, large: true, exporting: true })).toBe('card');
  });
});

describe('NodeCard as a box', () => {
  it('keeps the card size and kind colours, without text or handles', () => {
    const card = createElement(NodeCard, { kind: 'service', name: 'Order Service', detail: 'team-a', selected: false, connections: SERVICE_CONNECTIONS, connectable: true });
    const html = renderToStaticMarkup(createElement(NodeDetailContext, { value: 'box' }, card));
    expect(html).toContain('h-20 w-48');
    expect(html).toContain('border-brand-500');
    expect(html).not.toContain('Order Service');
    expect(html).not.toContain('react-flow__handle');
  });
});
