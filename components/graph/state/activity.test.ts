import { describe, expect, it } from 'vitest';
import { describeChange, touchesFlow, type ChangeEntry } from './activity';

const entry = (over: Partial<ChangeEntry>): ChangeEntry => ({ id: '1', actorName: 'Ana', action: 'update', entityType: 'flow', entityId: 'f', entityName: 'Saga', before: null, after: null, createdAt: '', ...over });
const names: Record<string, string> = { 'service:s1': 'Order Service', 'event:e1': 'OrderPlaced', 'event:e2': 'OrderShipped' };
const nameOf = (kind: string, id: string) => names[`${kind}:${id}`];

describe('describeChange', () => {
  it('says who moved what', () => {
    expect(describeChange(entry({ after: { moves: [{ kind: 'service', refId: 's1', x: 1, y: 2 }] } }), nameOf)).toBe('Ana moved Order Service');
  });

  it('shortens long lists', () => {
    const moves = ['s1', 'e1', 'e2'].map((refId, i) => ({ kind: i ? 'event' : 'service', refId }));
    expect(describeChange(entry({ after: { moves } }), nameOf)).toBe('Ana moved Order Service and 2 more');
  });

  it('describes placements, removals and catalog edits', () => {
    expect(describeChange(entry({ after: { added: [{ kind: 'event', refId: 'e1' }] } }), nameOf)).toBe('Ana added OrderPlaced to the view');
    expect(describeChange(entry({ after: { removed: [{ kind: 'event', refId: 'zz' }] } }), nameOf)).toBe('Ana removed a event from the view');
    expect(describeChange(entry({ entityType: 'producer', action: 'create', entityName: 'Order Service → OrderPlaced' }), nameOf)).toBe('Ana connected Order Service → OrderPlaced');
    expect(describeChange(entry({ entityType: 'event', action: 'update', entityName: 'OrderPlaced' }), nameOf)).toBe('Ana updated event OrderPlaced');
  });
});

describe('touchesFlow', () => {
  const shown = (id: string) => id === 'service:s1' || id === 'event:e1';
  it('keeps this flow, its items and relations touching them; drops the rest', () => {
    expect(touchesFlow(entry({ entityId: 'f' }), 'f', shown)).toBe(true);
    expect(touchesFlow(entry({ entityId: 'other' }), 'f', shown)).toBe(false);
    expect(touchesFlow(entry({ entityType: 'service', entityId: 's1' }), 'f', shown)).toBe(true);
    expect(touchesFlow(entry({ entityType: 'service', entityId: 's9' }), 'f', shown)).toBe(false);
    expect(touchesFlow(entry({ entityType: 'producer', after: { serviceId: 's9', eventId: 'e1' } }), 'f', shown)).toBe(true);
    expect(touchesFlow(entry({ entityType: 'consumer', action: 'delete', before: { serviceId: 's9', eventId: 'e9' } }), 'f', shown)).toBe(false);
    expect(touchesFlow(entry({ entityType: 'workspace' }), 'f', shown)).toBe(false);
  });
});
