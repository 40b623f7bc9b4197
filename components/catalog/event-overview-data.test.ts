import { describe, expect, it } from 'vitest';
import type { EventDetail } from '@/lib/server/catalog/events';
import { eventOverviewData } from './event-overview-data';

const service = (name: string) => ({ id: `s-${name}`, name, description: `# ${name}\n\nA long Markdown description.`, owner: 'team-orders', repositoryUrl: null, tags: ['x'], domainId: null, extras: { big: 'x'.repeat(100) }, version: 3 });

const detail = {
  event: {
    id: 'e-1', name: 'OrderCreated', kind: 'event', summary: 'An order was placed', description: 'Long **Markdown**', owner: 'team-orders', tags: ['orders'],
    status: 'active', compatibility: null, partitionKey: '/orderId', channelId: 'c-1', domainId: null, title: '', contentType: null, headersSchema: null,
    correlationId: null, extras: { x: 1 }, version: 4,
  },
  channel: { id: 'c-1', name: 'orders', address: 'orders.v1', protocol: 'kafka', partitions: 3, retentionHours: null, description: 'The orders topic', bindings: { kafka: {} }, extras: {}, version: 1 },
  versions: [
    { id: 'v-2', eventId: 'e-1', number: 2, label: '1.1.0', format: 'json-schema', schema: '{}', examples: [], createdBy: null, createdAt: '2026-01-01T00:00:00.000Z', compatibilityReport: null },
    { id: 'v-1', eventId: 'e-1', number: 1, label: '1.0.0', format: 'json-schema', schema: '{}', examples: [], createdBy: null, createdAt: '2026-01-01T00:00:00.000Z', compatibilityReport: null },
  ],
  producers: [{ id: 'p-1', serviceId: 's-Checkout', eventId: 'e-1', channelId: null, operationId: 'op', extras: { a: 1 }, service: service('Checkout') }],
  consumers: [{
    id: 'k-1', serviceId: 's-Billing', eventId: 'e-1', channelId: null, consumerGroup: 'billing', retryPolicy: { maxAttempts: 3, backoffMs: 100, multiplier: 2 },
    deadLetterChannelId: 'c-2', idempotencyKey: null, fieldsRead: ['/orderId'], pinnedVersion: null, operationId: null, extras: {}, service: service('Billing'), deadLetterChannel: 'orders.dlq',
  }],
  effectiveCompatibility: 'BACKWARD',
} as unknown as EventDetail;

describe('eventOverviewData', () => {
  it('keeps what the header, facts and relation lists show', () => {
    const { overview, producers, consumers } = eventOverviewData(detail);
    expect(overview).toEqual({
      name: 'OrderCreated', kind: 'event', status: 'active', tags: ['orders'], summary: 'An order was placed', owner: 'team-orders',
      compatibility: 'BACKWARD', compatibilityIsDefault: true, partitionKey: '/orderId', channel: { name: 'orders', protocol: 'kafka', address: 'orders.v1' },
      latestLabel: '1.1.0', versionCount: 2,
    });
    expect(producers).toEqual([{ id: 'p-1', service: { name: 'Checkout', owner: 'team-orders' } }]);
    expect(consumers).toEqual([{
      id: 'k-1', service: { name: 'Billing' }, consumerGroup: 'billing', deadLetterChannel: 'orders.dlq', fieldsRead: ['/orderId'],
      retryPolicy: { maxAttempts: 3, backoffMs: 100, multiplier: 2 }, pinnedVersion: null,
    }]);
  });

  it('counts the versions the page reads without their content too', () => {
    const page = { ...detail, versions: detail.versions.slice(0, 1), olderVersions: [{ id: 'v-1', number: 1 }] };
    expect(eventOverviewData(page).overview).toMatchObject({ latestLabel: '1.1.0', versionCount: 2 });
  });

  it('leaves out what the page does not show: descriptions, extras, schemas', () => {
    const sent = JSON.stringify(eventOverviewData(detail));
    for (const hidden of ['Long **Markdown**', 'A long Markdown description', 'The orders topic', '"extras"', '"schema"']) expect(sent).not.toContain(hidden);
  });

  it('says so when there is no version or channel yet, and names an own mode as not the default', () => {
    const bare = { ...detail, event: { ...detail.event, compatibility: 'FULL' }, channel: null, versions: [], effectiveCompatibility: 'FULL' } as EventDetail;
    expect(eventOverviewData(bare).overview).toMatchObject({ latestLabel: null, versionCount: 0, channel: null, compatibility: 'FULL', compatibilityIsDefault: false });
  });
});
