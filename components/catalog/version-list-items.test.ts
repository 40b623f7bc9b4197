import { describe, expect, it } from 'vitest';
import type { EventVersion } from '@/lib/domain/model';
import { publishFormStart, versionListHeaders, versionListItems } from './version-list-items';

const version: EventVersion = {
  id: 'v-1',
  eventId: 'e-1',
  number: 1,
  label: '1',
  format: 'json-schema',
  schema: '{"type":"object","properties":{"orderId":{"type":"string"}}}',
  examples: [{ orderId: 'o-1' }],
  createdBy: 'Ada',
  createdAt: '2026-09-07T03:04:05.000Z',
  compatibilityReport: null,
};

describe('versionListItems', () => {
  it('keeps what the list shows, formats the time on the server and drops the event id', () => {
    const [item] = versionListItems([version]);
    expect(item).toEqual({
      id: 'v-1', number: 1, label: '1', format: 'json-schema', schema: version.schema, examples: version.examples,
      createdBy: 'Ada', createdAtText: '7 Sept 2026, 03:04 UTC', compatibilityReport: null,
    });
    expect(item).not.toHaveProperty('eventId');
  });
});

describe('versionListHeaders', () => {
  it('keeps a row of what the list shows before a version is opened: no content', () => {
    expect(versionListHeaders([version])).toEqual([{ id: 'v-1', number: 1, label: '1', format: 'json-schema', createdBy: 'Ada', createdAtText: '7 Sept 2026, 03:04 UTC' }]);
  });
});

describe('publishFormStart', () => {
  it('starts from the latest version, pretty-printed', () => {
    expect(publishFormStart(version)).toEqual({
      format: 'json-schema',
      schema: JSON.stringify(JSON.parse(version.schema), null, 2),
      examples: '[\n  {\n    "orderId": "o-1"\n  }\n]',
    });
  });

  it('starts empty before the first version, and keeps text that is not JSON as written', () => {
    expect(publishFormStart(undefined)).toEqual({ format: 'json-schema', schema: '', examples: '' });
    expect(publishFormStart({ format: 'avro', schema: 'not json', examples: [] })).toEqual({ format: 'avro', schema: 'not json', examples: '' });
  });
});
