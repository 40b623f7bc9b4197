import { describe, expect, it } from 'vitest';
import { connectionRule } from './connection-rules';
import { flowEdges } from './flow-graph';

describe('connectionRule', () => {
  it('turns meaningful drawings into catalog relations', () => {
    expect(connectionRule('service', 'event')).toEqual({ allowed: true, kind: 'produces' });
    expect(connectionRule('event', 'service')).toEqual({ allowed: true, kind: 'consumes' });
    expect(connectionRule('event', 'channel')).toEqual({ allowed: true, kind: 'on-channel' });
  });
  it.each([
    ['service', 'service'],
    ['event', 'event'],
    ['channel', 'channel'],
    ['service', 'channel'],
    ['channel', 'service'],
    ['channel', 'event'],
  ] as const)('refuses %s → %s with a reason', (source, target) => {
    const verdict = connectionRule(source, target);
    expect(verdict.allowed).toBe(false);
    if (!verdict.allowed) expect(verdict.reason.length).toBeGreaterThan(20);
  });
});

describe('flowEdges', () => {
  const catalog = {
    producers: [{ id: 'p1', serviceId: 's1', eventId: 'e1', channelId: null, operationId: null, extras: {} }],
    consumers: [{ id: 'c1', serviceId: 's2', eventId: 'e1', channelId: null, consumerGroup: null, retryPolicy: null, deadLetterChannelId: null, idempotencyKey: null, fieldsRead: [], pinnedVersion: null, operationId: null, extras: {} }],
    events: [{ id: 'e1', channelId: 'ch1' } as never],
  };
  it('shows only relations whose two ends are in the view', () => {
    const all = flowEdges(catalog, [
      { kind: 'service', refId: 's1', x: 0, y: 0 },
      { kind: 'event', refId: 'e1', x: 0, y: 0 },
      { kind: 'service', refId: 's2', x: 0, y: 0 },
      { kind: 'channel', refId: 'ch1', x: 0, y: 0 },
    ]);
    expect(all.map((e) => e.kind).sort()).toEqual(['consumes', 'on-channel', 'produces']);
    const partial = flowEdges(catalog, [
      { kind: 'service', refId: 's1', x: 0, y: 0 },
      { kind: 'event', refId: 'e1', x: 0, y: 0 },
    ]);
    expect(partial.map((e) => e.label)).toEqual(['produces']);
  });
});
